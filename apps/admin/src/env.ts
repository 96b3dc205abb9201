import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// The admin app's settings, read once and checked (instrumentation-node.ts refuses to start a
// production server without its secrets). Nothing here reaches the browser.
const env0 = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** The public site, for "view on site" links and previews. */
    PUBLIC_SITE_URL: z
      .url()
      .default("http://localhost:3000")
      .transform((u) => u.replace(/\/$/, "")),
    /** Where this app reaches the public site to refresh pages (defaults to PUBLIC_SITE_URL). */
    PUBLIC_SITE_INTERNAL_URL: z
      .url()
      .transform((u) => u.replace(/\/$/, ""))
      .optional(),
    REVALIDATE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});

export const env = { ...env0, publicSiteUrl: env0.PUBLIC_SITE_URL, revalidateUrl: `${env0.PUBLIC_SITE_INTERNAL_URL ?? env0.PUBLIC_SITE_URL}/api/revalidate` };

/** What a production server cannot run without. */
export function missingForProduction(): string[] {
  if (env.NODE_ENV !== "production") return [];
  return [
    ...(env.DATABASE_URL ? [] : ["DATABASE_URL is not set"]),
    ...(env.AUTH_SECRET ? [] : ["AUTH_SECRET is not set (sessions cannot be signed without it)"]),
    ...(env.REVALIDATE_SECRET ? [] : ["REVALIDATE_SECRET is not set (published changes could not reach the public site)"]),
  ];
}
