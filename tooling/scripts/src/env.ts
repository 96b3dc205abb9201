import { z } from "zod";

import { dataRootFromEnv } from "@atlas/db";

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const ZLauncherEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  REVALIDATE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PUBLIC_SITE_URL: z.url().optional(),
  ADMIN_SITE_URL: z.url().optional(),
  /** Where the embedded database and its local secrets live (default: .data in the repo). */
  ATLAS_DATA_DIR: z.string().min(1).optional(),
  ATLAS_WEB_PORT: port(3000),
  ATLAS_ADMIN_PORT: port(3001),
  /** Port of the embedded database (default: any free port). */
  ATLAS_DB_PORT: port(0).or(z.literal(0)).default(0),
});

export type LauncherEnv = z.infer<typeof ZLauncherEnv> & { dataRoot: string };

export function launcherEnv(source: NodeJS.ProcessEnv = process.env): LauncherEnv {
  const parsed = ZLauncherEnv.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) throw new Error(`Invalid setting: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return { ...parsed.data, dataRoot: dataRootFromEnv(source) };
}

/**
 * With DATABASE_URL set the apps run in production mode: no demo users, and no secrets made up
 * on the spot. Returns why the launcher must refuse to start, or null.
 */
export function productionRefusal(env: LauncherEnv): string | null {
  if (!env.DATABASE_URL || (env.AUTH_SECRET && env.REVALIDATE_SECRET)) return null;
  return "With DATABASE_URL set the apps run in production mode: set AUTH_SECRET and REVALIDATE_SECRET too (32+ random characters each, e.g. `openssl rand -base64 32`).";
}
