import { z } from "zod";

// Validated environment of the public site (read through env.ts; instrumentation.ts checks it
// at start-up, outside React's server layer, hence a module of its own).
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  /** Public address of this site, for canonical links, the sitemap and feeds. */
  PUBLIC_SITE_URL: z.url().default("http://localhost:3000"),
  /** Shared with the admin app, which calls /api/revalidate after a publish. */
  REVALIDATE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
});

export type Env = z.infer<typeof ZEnv> & { PUBLIC_SITE_URL: string };

export function parseEnv(source: NodeJS.ProcessEnv): { env: Env | null; problems: string[] } {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) return { env: null, problems: parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`) };
  const env = { ...parsed.data, PUBLIC_SITE_URL: parsed.data.PUBLIC_SITE_URL.replace(/\/$/, "") };
  const problems: string[] = [];
  if (!env.DATABASE_URL) problems.push("DATABASE_URL is not set");
  if (env.NODE_ENV === "production" && !env.REVALIDATE_SECRET) problems.push("REVALIDATE_SECRET is not set (publishing could not refresh pages)");
  return { env, problems };
}
