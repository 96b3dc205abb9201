import path from "node:path";

import type { NextConfig } from "next";

import { securityHeaders } from "@atlas/next-config/security-headers";

const config: NextConfig = {
  poweredByHeader: false,
  // Framed only by itself.
  headers: () => Promise.resolve(securityHeaders({ framing: "self" })),
  reactStrictMode: true,
  transpilePackages: ["@atlas/core", "@atlas/ui", "@atlas/db"],
  images: { unoptimized: true },
  // The server and its dependencies, traced into .next/standalone: what the Docker image runs.
  output: "standalone",
  // Rendered pages and cached data live in the shared cache (cache/shared-cache.mjs): Redis and
  // a bounded copy in memory with REDIS_URL, this process's memory without. Next loads this file
  // itself, outside its bundles (the config is compiled to CommonJS: __dirname is this folder).
  cacheHandler: path.join(__dirname, "cache", "cache-handler.mjs"),
  // The Redis client is loaded by Node, not bundled.
  serverExternalPackages: ["redis"],
  experimental: { isrFlushToDisk: false },
};

export default config;
