import type { NextConfig } from "next";

import { securityHeaders } from "@atlas/next-config/security-headers";

const config: NextConfig = {
  poweredByHeader: false,
  // Never framed: the admin app's buttons publish.
  headers: () => Promise.resolve(securityHeaders({ framing: "none", contentSecurityPolicy: false })),
  reactStrictMode: true,
  transpilePackages: ["@atlas/core", "@atlas/ui", "@atlas/db", "@atlas/auth"],
  images: { unoptimized: true },
  // The server and its dependencies, traced into .next/standalone: what the Docker image runs.
  output: "standalone",
  // forbidden() gives a real 403 page to signed-in users who lack the role.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
};

export default config;
