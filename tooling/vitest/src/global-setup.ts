import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { importSeed } from "@atlas/core/seed";
import { createDb, databaseUrlFromEnv } from "@atlas/db";
import { startEmbeddedPostgres } from "@atlas/db/embedded";
import { applyMigrations } from "@atlas/db/migrate";
import { seedDir } from "@atlas/db/paths";

import type { TestDatabaseTemplates } from "./context.ts";

async function seedInto(url: string, shadow: "server" | "embedded") {
  await applyMigrations({ url, shadow });
  const db = createDb(url, { max: 2 });
  try {
    await importSeed({ db, dir: seedDir });
  } finally {
    await db.$disconnect();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Builds, once per run, an empty and a migrated + seeded template database. Each test file then
 * gets its own copy: CREATE DATABASE … TEMPLATE on a real server (DATABASE_URL, as in CI), or a
 * PGlite started from a snapshot otherwise.
 */
export default async function setup(project: TestProject) {
  const adminUrl = databaseUrlFromEnv();
  let templates: TestDatabaseTemplates;
  let teardown: () => Promise<void>;
  if (adminUrl) {
    const run = randomBytes(4).toString("hex");
    const empty = `atlas_t${run}_empty`;
    const seeded = `atlas_t${run}_seeded`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${empty}"`);
    await admin.query(`CREATE DATABASE "${seeded}"`);
    await seedInto(withDatabase(adminUrl, seeded), "server");
    templates = { kind: "server", adminUrl, empty, seeded };
    teardown = async () => {
      // Test files drop their copies; this sweeps templates and anything a crash left behind.
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`atlas_t${run}_%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-test-"));
    const server = await startEmbeddedPostgres({ dataDir: null });
    const emptyDump = path.join(dir, "empty.tar");
    await writeFile(emptyDump, Buffer.from(await (await server.dump()).arrayBuffer()));
    await seedInto(server.url, "embedded");
    const seededDump = path.join(dir, "seeded.tar");
    await writeFile(seededDump, Buffer.from(await (await server.dump()).arrayBuffer()));
    await server.stop();
    templates = { kind: "embedded", emptyDump, seededDump };
    teardown = () => rm(dir, { recursive: true, force: true });
  }
  project.provide("atlasDatabases", templates);
  return teardown;
}
