import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { describe, expect, it } from "vitest";

import { applyMigrations, checksum, createMigration, diffDatabaseToSchema, diffMigrationsToSchema, MigrationFailedError, migrationStatus } from "@atlas/db/migrate";
import { migrationsDir, prismaDir } from "@atlas/db/paths";
import { freshDatabase } from "@atlas/db/testing";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function copyPrismaDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-prisma-"));
  await cp(prismaDir, dir, { recursive: true });
  return dir;
}

const committed = (await readdir(migrationsDir, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("migrations on an empty database", () => {
  const t = freshDatabase("empty");

  it("reports every migration as pending before the first run", async () => {
    const status = await migrationStatus({ url: t.url });
    expect(status.pending).toEqual(committed);
    expect(status.upToDate).toBe(false);
  });

  it("applies every migration, then has nothing left to apply", async () => {
    expect((await applyMigrations({ url: t.url })).applied).toEqual(committed);
    expect((await applyMigrations({ url: t.url })).applied).toEqual([]);
    expect(await migrationStatus({ url: t.url })).toMatchObject({ pending: [], edited: [], failed: [], upToDate: true });
  });

  it("records them in _prisma_migrations exactly as `prisma migrate deploy` would", async () => {
    const rows = await query<{ migration_name: string; checksum: string; done: boolean }>(
      t.url,
      `SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS done FROM _prisma_migrations ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      committed.map(async (name) => ({ migration_name: name, checksum: checksum(await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8")), done: true })),
    );
    expect(rows).toEqual(expected);
  });

  it("leaves a database that matches schema.prisma: no drift", async () => {
    expect(await diffDatabaseToSchema({ url: t.url })).toBe("");
    expect(await diffMigrationsToSchema({ url: t.url })).toBe("");
  });

  it("reports a migration edited after it was applied", async () => {
    const dir = await copyPrismaDir();
    const first = path.join(dir, "migrations", committed[0]!, "migration.sql");
    await writeFile(first, `${await readFile(first, "utf8")}\n-- edited later\n`);
    const status = await migrationStatus({ url: t.url, migrationsDir: path.join(dir, "migrations") });
    expect(status.edited).toEqual([committed[0]]);
    expect(status.upToDate).toBe(false);
  });

  it("rolls a failing migration back whole, names the migration and statement, and retries it once fixed", async () => {
    const dir = await copyPrismaDir();
    const name = "29990101000000_broken";
    const file = path.join(dir, "migrations", name, "migration.sql");
    await cp(path.join(dir, "migrations", committed[0]!), path.join(dir, "migrations", name), { recursive: true });
    const good = `CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "Probe" VALUES (1);\n`;
    await writeFile(file, `${good}-- a comment; with a semicolon\nINSERT INTO "Probe" VALUES (1);\n`);
    const options = { url: t.url, migrationsDir: path.join(dir, "migrations") };

    const failure = await applyMigrations(options).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationFailedError);
    expect((failure as Error).message).toMatch(new RegExp(`Migration ${name} failed and was rolled back`));
    expect((failure as Error).message).toMatch(/statement 3 \(line 4\)/);
    expect((failure as Error).message).toMatch(/duplicate key value violates unique constraint "Probe_pkey"/);
    expect(await query(t.url, `SELECT to_regclass('"Probe"') AS t`)).toEqual([{ t: null }]);
    expect((await migrationStatus(options)).pending).toEqual([name]);

    await writeFile(file, good);
    expect((await applyMigrations(options)).applied).toEqual([name]);
    expect(await query(t.url, `SELECT count(*)::int AS n FROM "Probe"`)).toEqual([{ n: 1 }]);
  });
});

describe("creating a migration", () => {
  const t = freshDatabase("empty");

  it("writes nothing when schema.prisma and the migrations agree", async () => {
    const dir = await copyPrismaDir();
    const options = { url: t.url, migrationsDir: path.join(dir, "migrations"), schemaPath: path.join(dir, "schema.prisma") };
    expect(await createMigration({ ...options, name: "nothing" })).toBeNull();
  });

  it("writes the next migration from a schema change, and it applies", async () => {
    const dir = await copyPrismaDir();
    const schemaPath = path.join(dir, "schema.prisma");
    await writeFile(schemaPath, `${await readFile(schemaPath, "utf8")}\nmodel Probe {\n  id   Int    @id\n  note String\n}\n`);
    const options = { url: t.url, migrationsDir: path.join(dir, "migrations"), schemaPath };
    const folder = await createMigration({ ...options, name: "add_probe" });
    expect(folder).toMatch(/^\d{14}_add_probe$/);
    const sql = await readFile(path.join(dir, "migrations", folder!, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TABLE "Probe"`);
    expect((await applyMigrations(options)).applied.at(-1)).toBe(folder);
    expect(await diffDatabaseToSchema(options)).toBe("");
  });

  it("refuses a name that is not a plain identifier", async () => {
    await expect(createMigration({ url: t.url, name: "Add Probe!" })).rejects.toThrow(/lower-case letters, digits and underscores/);
  });
});
