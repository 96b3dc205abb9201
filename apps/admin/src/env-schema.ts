import { z } from "zod";

// Validated environment of the admin app (read through env.ts; checked at start-up by
// instrumentation-node.ts, outside React's server layer).
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The public site, for "view on site" links and previews. */
  PUBLIC_SITE_URL: z.url().default("http://localhost:3000"),
  /** Where this app reaches the public site to refresh pages (defaults to PUBLIC_SITE_URL). */
  PUBLIC_SITE_INTERNAL_URL: z.url().optional(),
  REVALIDATE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  ATLAS_ALLOW_SELF_APPROVAL: z.enum(["0", "1", "true", "false"]).optional(),
});

export type AdminEnv = z.infer<typeof ZEnv> & { publicSiteUrl: string; revalidateUrl: string };

export function parseEnv(source: NodeJS.ProcessEnv): { env: AdminEnv | null; problems: string[] } {
  const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) return { env: null, problems: parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`) };
  const e = parsed.data;
  const publicSiteUrl = e.PUBLIC_SITE_URL.replace(/\/$/, "");
  const env = { ...e, publicSiteUrl, revalidateUrl: `${(e.PUBLIC_SITE_INTERNAL_URL ?? publicSiteUrl).replace(/\/$/, "")}/api/revalidate` };
  const problems: string[] = [];
  if (!e.DATABASE_URL) problems.push("DATABASE_URL is not set");
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) problems.push("AUTH_SECRET is not set (sessions cannot be signed without it)");
  if (e.NODE_ENV === "production" && !e.REVALIDATE_SECRET) problems.push("REVALIDATE_SECRET is not set (published changes could not reach the public site)");
  return { env, problems };
}
