// The settings of the apps' own servers (server.mjs), the page cache and the shared cache, read
// once and checked: they run outside Next's bundles, so they cannot use the apps' env.ts. Plain
// JavaScript, like them.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const serverEnv = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).optional(),
    HOSTNAME: z.string().default("0.0.0.0"),
    /** How many proxies in front of the apps add X-Forwarded-For (0: trust only the socket). */
    ATLAS_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Memory for the public site's page cache. */
    ATLAS_PAGE_CACHE_MB: z.coerce.number().min(0).default(64),
    /** Redis shared by every web instance (Next's cache and tag expiries); unset: one process. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
      .optional(),
    /** Memory for each web instance's copy of the shared cache. */
    ATLAS_CACHE_MB: z.coerce.number().min(1).default(64),
    /** Set by Next while it builds. */
    NEXT_PHASE: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    throw new Error(`Invalid server setting: ${issues.map((i) => `${i.path?.join(".")} ${i.message}`).join("; ")}`);
  },
});
