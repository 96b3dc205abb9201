import { z } from "zod";

const ZDatabaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
  .optional();

/** The database URL, validated; undefined when unset (the CLIs then start the embedded one). */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const parsed = ZDatabaseUrl.safeParse(env.DATABASE_URL || undefined);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid DATABASE_URL");
  return parsed.data;
}
