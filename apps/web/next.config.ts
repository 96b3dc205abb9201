import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: ["@atlas/core", "@atlas/ui", "@atlas/db"],
  images: { unoptimized: true },
  // Prisma's generated client resolves its runtime from here at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
};

export default config;
