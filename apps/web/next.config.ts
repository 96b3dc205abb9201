import type { NextConfig } from "next";

import { securityHeaders } from "@atlas/next-config/security-headers";

const config: NextConfig = {
  poweredByHeader: false,
  // Framed only by itself.
  headers: () => Promise.resolve(securityHeaders({ framing: "self" })),
  reactStrictMode: true,
  transpilePackages: ["@atlas/core", "@atlas/ui", "@atlas/db"],
  images: { unoptimized: true },
  // Rendered pages and cached data stay in memory: a restart (possibly on another database)
  // never serves what an earlier run cached, and no expired tag is forgotten across restarts.
  experimental: { isrFlushToDisk: false },
};

export default config;
