import path from "node:path";

import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

import { defaultDataRoot, repoRoot } from "./paths.ts";

/** Reads the database settings from an environment (the process's, or a test's). */
export const readDbEnv = (source: Record<string, string | undefined>) =>
  createEnv({
    server: {
      DATABASE_URL: z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
        .optional(),
      /** Read replicas of DATABASE_URL's database, comma-separated: the public site reads from them. */
      DATABASE_REPLICA_URLS: z
        .string()
        .transform((list) =>
          list
            .split(",")
            .map((u) => u.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URLS must be postgresql:// URLs, comma-separated")))
        .optional(),
      /** Folder of the embedded database (and the demo's local secrets); relative to the repository. */
      ATLAS_DATA_DIR: z.string().min(1).optional(),
    },
    runtimeEnv: source,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      throw new Error(`Invalid database settings: ${issues.map((i) => i.message).join("; ")}`);
    },
  });

/** This process's database settings, read once. */
export const dbEnv = readDbEnv(process.env);

/** The database URL; undefined when unset (the CLIs then start the embedded one). */
export const databaseUrlFromEnv = (): string | undefined => dbEnv.DATABASE_URL;

/** The read replicas' URLs (none when unset). */
export const replicaUrlsFromEnv = (): string[] => dbEnv.DATABASE_REPLICA_URLS ?? [];

/** Where the embedded database lives: ATLAS_DATA_DIR, or .data in the repository. */
export const dataRootFromEnv = (): string => (dbEnv.ATLAS_DATA_DIR ? path.resolve(repoRoot, dbEnv.ATLAS_DATA_DIR) : defaultDataRoot);
