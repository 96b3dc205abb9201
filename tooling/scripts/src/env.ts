import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

import { dataRootFromEnv } from "@atlas/db";

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** The launcher's and the CLIs' settings, read from an environment (the process's, or a test's). */
export function launcherEnv(source: Record<string, string | undefined> = process.env) {
  const env = createEnv({
    server: {
      DATABASE_URL: z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
        .optional(),
      AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
      REVALIDATE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
      PUBLIC_SITE_URL: z.url().optional(),
      ADMIN_SITE_URL: z.url().optional(),
      /** Where the worker reaches the public site to refresh pages (defaults to PUBLIC_SITE_URL). */
      PUBLIC_SITE_INTERNAL_URL: z.url().optional(),
      ATLAS_WEB_PORT: port(3000),
      ATLAS_ADMIN_PORT: port(3001),
      /** Port of the embedded database (default: any free port). */
      ATLAS_DB_PORT: port(0).or(z.literal(0)).default(0),
      /** A new account's password for `pnpm user:create` (asked for when unset). */
      ATLAS_NEW_PASSWORD: z.string().optional(),
      /** The folder pnpm was run from: file arguments of db:backup / db:restore are relative to it. */
      INIT_CWD: z.string().optional(),
      /** A Chromium for the end-to-end tests other than Debian's /usr/bin/chromium. */
      PLAYWRIGHT_CHROMIUM_PATH: z.string().optional(),
    },
    runtimeEnv: source,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      throw new Error(`Invalid setting: ${issues.map((i) => `${i.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".")} ${i.message}`).join("; ")}`);
    },
  });
  return { ...env, dataRoot: dataRootFromEnv() };
}

export type LauncherEnv = ReturnType<typeof launcherEnv>;

/** The environment a child process inherits, with these settings on top. */
export const childEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => ({ ...process.env, ...extra });

/**
 * With DATABASE_URL set the apps run in production mode: no demo users, and no secrets made up
 * on the spot. Returns why the launcher must refuse to start, or null.
 */
export function productionRefusal(env: LauncherEnv): string | null {
  if (!env.DATABASE_URL) return null;
  const problems = [
    ...(env.AUTH_SECRET && env.REVALIDATE_SECRET ? [] : ["set AUTH_SECRET and REVALIDATE_SECRET too (32+ random characters each, e.g. `openssl rand -base64 32`)"]),
    // Canonical addresses, "Cite this page", feeds and the sitemap would otherwise name localhost.
    ...(env.PUBLIC_SITE_URL ? [] : ["set PUBLIC_SITE_URL to the public site's address (https://atlas.example.org)"]),
  ];
  return problems.length ? `With DATABASE_URL set the apps run in production mode: ${problems.join("; ")}.` : null;
}
