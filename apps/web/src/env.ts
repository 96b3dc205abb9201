import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// The public site's settings, read once and checked (instrumentation-node.ts refuses to start a
// production server without what it needs). Nothing here reaches the browser.
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    /**
     * Public address of this site, for canonical links, citations, the sitemap, feeds and the
     * OpenAPI document. Required in production: a page citing "localhost" is of use to nobody.
     */
    PUBLIC_SITE_URL: z
      .url()
      .transform((u) => u.replace(/\/$/, ""))
      .optional(),
    /** Shared with the admin app, which calls /api/revalidate after a publish. */
    REVALIDATE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** How long /api/revalidate waits for the read replicas to replay a publish before it answers 503. */
    ATLAS_REPLICA_WAIT_MS: z.coerce.number().int().min(0).max(4000).default(3000),
    /**
     * The purge hook: after a publish expired its tags here, they are POSTed to this address as
     * {"tags": [...]} (the Cache-Tag / Surrogate-Key values of the pages to purge), for a CDN.
     */
    CDN_PURGE_URL: z.url().optional(),
    /** Sent to CDN_PURGE_URL as `Authorization: Bearer …`. */
    CDN_PURGE_TOKEN: z.string().min(1).optional(),
    /** Set by Next while it builds: pages must not reach the database then. */
    NEXT_PHASE: z.string().optional(),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});

/** What a production server cannot run without. */
export function missingForProduction(): string[] {
  if (env.NODE_ENV !== "production") return [];
  return [
    ...(env.DATABASE_URL ? [] : ["DATABASE_URL is not set"]),
    ...(env.REVALIDATE_SECRET ? [] : ["REVALIDATE_SECRET is not set (publishing could not refresh pages)"]),
    ...(env.PUBLIC_SITE_URL ? [] : ["PUBLIC_SITE_URL is not set (canonical addresses, citations, feeds and the sitemap would name localhost)"]),
  ];
}
