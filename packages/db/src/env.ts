import path from "node:path";

import { z } from "zod";

import { defaultDataRoot, repoRoot } from "./paths.ts";

const ZDbEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional(),
  /** Folder of the embedded database (and the demo's local secrets); relative to the repository. */
  ATLAS_DATA_DIR: z.string().min(1).optional(),
});

function parse(env: NodeJS.ProcessEnv) {
  const parsed = ZDbEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid database settings");
  return parsed.data;
}

/** The database URL, validated; undefined when unset (the CLIs then start the embedded one). */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return parse(env).DATABASE_URL;
}

/** Where the embedded database lives: ATLAS_DATA_DIR, or .data in the repository. */
export function dataRootFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const dir = parse(env).ATLAS_DATA_DIR;
  return dir ? path.resolve(repoRoot, dir) : defaultDataRoot;
}
