import { readFile } from "node:fs/promises";

import type { DiagnoseMigrationHistoryOutput, SchemaFilter } from "@prisma/schema-engine-wasm";

import { migrationsDir as defaultMigrationsDir, schemaPath as defaultSchemaPath } from "../paths.ts";
import { ensureLockfile, readMigrations, writeMigration } from "./migrations-dir.ts";
import { openSchemaEngine, type SchemaEngine } from "./wasm-engine.ts";

export type MigrateOptions = {
  url: string;
  migrationsDir?: string;
  schemaPath?: string;
  log?: (line: string) => void;
};

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

type Files = { path: string; content: string }[];

async function withEngine<T>(options: MigrateOptions, run: (engine: SchemaEngine, files: Files, explain: (e: unknown) => Error) => Promise<T>): Promise<T> {
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  const schema = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  const { engine, explain, close } = await openSchemaEngine({ url: options.url, schema, log: options.log });
  try {
    return await run(engine, [schema], explain);
  } catch (error) {
    throw error instanceof MigrationFailedError ? error : explain(error);
  } finally {
    await close();
  }
}

/** Error raised when a migration fails; nothing of that migration stays applied. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    detail: string,
  ) {
    super(`Migration ${migration} failed and was rolled back; nothing from it was applied.\n  ${detail}`);
    this.name = "MigrationFailedError";
  }
}

/** Applies every pending migration in order (what `prisma migrate deploy` does). */
export async function applyMigrations(options: MigrateOptions): Promise<{ applied: string[] }> {
  const dir = options.migrationsDir ?? defaultMigrationsDir;
  const migrationsList = await readMigrations(dir);
  return withEngine(options, async (engine, _files, explain) => {
    const before = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER });
    try {
      const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      return { applied: out.appliedMigrationNames };
    } catch (error) {
      const after = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER });
      const failed = after.failedMigrationNames.find((n) => !before.failedMigrationNames.includes(n));
      if (!failed) throw error;
      // Our script runner is atomic, so the failed migration left nothing behind: record it
      // as rolled back, and the next run retries it once the file is fixed.
      await engine.markMigrationRolledBack({ migrationName: failed });
      throw new MigrationFailedError(failed, explain(error).message);
    }
  });
}

export type MigrationStatus = {
  applied: string[];
  pending: string[];
  edited: string[];
  failed: string[];
  /** Applied in the database but missing from prisma/migrations. */
  unknown: string[];
  upToDate: boolean;
};

function summarize(names: string[], d: DiagnoseMigrationHistoryOutput): MigrationStatus {
  const history = d.history;
  const pending = history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
  const unknown = history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [];
  const applied = d.hasMigrationsTable ? names.filter((n) => !pending.includes(n)) : [];
  return {
    applied,
    pending: d.hasMigrationsTable ? pending : names,
    edited: d.editedMigrationNames,
    failed: d.failedMigrationNames,
    unknown,
    upToDate: history === null && d.hasMigrationsTable && d.editedMigrationNames.length === 0 && d.failedMigrationNames.length === 0,
  };
}

/** Pending, edited and failed migrations (what `prisma migrate status` reports). */
export async function migrationStatus(options: MigrateOptions): Promise<MigrationStatus> {
  const dir = options.migrationsDir ?? defaultMigrationsDir;
  const migrationsList = await readMigrations(dir);
  return withEngine(options, async (engine) => {
    const d = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER });
    return summarize(
      migrationsList.migrationDirectories.map((m) => m.path),
      d,
    );
  });
}

/**
 * SQL that takes the database from what the migrations build to what schema.prisma declares
 * (empty when they agree). Uses a shadow database, never the target's data.
 */
export async function diffMigrationsToSchema(options: MigrateOptions): Promise<string> {
  const dir = options.migrationsDir ?? defaultMigrationsDir;
  await ensureLockfile(dir);
  const migrationsList = await readMigrations(dir);
  return withEngine(options, async (engine, files) => {
    const out = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return out.exitCode === 0 ? "" : (out.stdout ?? "");
  });
}

/** SQL that takes the live database to schema.prisma: empty means no drift. */
export async function diffDatabaseToSchema(options: MigrateOptions): Promise<string> {
  return withEngine(options, async (engine, files) => {
    const out = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return out.exitCode === 0 ? "" : (out.stdout ?? "");
  });
}

/** Writes the next migration from the schema change (`prisma migrate dev --create-only`). */
export async function createMigration(options: MigrateOptions & { name: string }): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(options.name)) {
    throw new Error(`Migration names use lower-case letters, digits and underscores ("add_search"), not "${options.name}".`);
  }
  const sql = await diffMigrationsToSchema(options);
  if (!sql.trim()) return null;
  return writeMigration(options.migrationsDir ?? defaultMigrationsDir, options.name, sql);
}
