import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

import { securityHeaders } from "@atlas/next-config/security-headers";

const config: NextConfig = {
  poweredByHeader: false,
  // Types are checked once for the whole repository by `pnpm typecheck` (tsc), not again by each build.
  typescript: { ignoreBuildErrors: true },
  // Never framed: the admin app's buttons publish.
  headers: () => Promise.resolve(securityHeaders({ framing: "none", contentSecurityPolicy: false })),
  reactStrictMode: true,
  transpilePackages: ["@atlas/core", "@atlas/ui", "@atlas/db", "@atlas/auth"],
  images: { unoptimized: true },
  // forbidden() gives a real 403 page to signed-in users who lack the role.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
};

// The build also traces the server and its dependencies into .next/standalone (what the Docker
// image runs). Only the build: a server started from the repository (`pnpm start`) is not one.
export default (phase: string): NextConfig => (phase === PHASE_PRODUCTION_BUILD ? { ...config, output: "standalone" } : config);
