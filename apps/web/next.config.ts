import path from "node:path";

import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

import { securityHeaders } from "@atlas/next-config/security-headers";

import { versionRedirects } from "./version-redirects.mjs";

const config: NextConfig = {
  poweredByHeader: false,
  // Types are checked once for the whole repository by `pnpm typecheck` (tsc), not again by each build.
  typescript: { ignoreBuildErrors: true },
  // Framed only by itself.
  headers: () => Promise.resolve(securityHeaders({ framing: "self" })),
  // ?as-of= names a version of a page: it lives at an address of its own.
  redirects: () => Promise.resolve(versionRedirects),
  reactStrictMode: true,
  transpilePackages: ["@atlas/core", "@atlas/ui", "@atlas/db"],
  images: { unoptimized: true },
  // Rendered pages and cached data live in the shared cache (cache/shared-cache.mjs): Redis and
  // a bounded copy in memory with REDIS_URL, this process's memory without. Next loads this file
  // itself, outside its bundles (the config is compiled to CommonJS: __dirname is this folder).
  cacheHandler: path.join(__dirname, "cache", "cache-handler.mjs"),
  // The Redis client is loaded by Node, not bundled.
  serverExternalPackages: ["redis"],
  experimental: { isrFlushToDisk: false },
};

// The build also traces the server and its dependencies into .next/standalone (what the Docker
// image runs). Only the build: a server started from the repository (`pnpm start`) is not one.
export default (phase: string): NextConfig => (phase === PHASE_PRODUCTION_BUILD ? { ...config, output: "standalone" } : config);
