export {
  applyMigrations,
  createMigration,
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  migrationStatus,
  MigrationFailedError,
  type MigrateOptions,
  type MigrationStatus,
} from "./migrate.ts";
export { checksum, readMigrations } from "./migrations-dir.ts";
export { ScriptError, splitStatements } from "./run-script.ts";
