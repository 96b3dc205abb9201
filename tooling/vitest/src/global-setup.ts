import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { drainJobs, upgradeDatabase } from "@atlas/core/jobs";
import { importSeed } from "@atlas/core/seed";
import { createDb, databaseUrlFromEnv } from "@atlas/db";
import { startEmbeddedPostgres } from "@atlas/db/embedded";
import { seedDir } from "@atlas/db/paths";
import type { TestDatabaseTemplates } from "@atlas/db/testing";

async function seedInto(url: string) {
  await upgradeDatabase(url);
  const db = createDb(url, { max: 2 });
  try {
    await importSeed({ db, dir: seedDir });
    // The state after the job worker caught up (people's documents list their roles in events).
    await drainJobs({ url, db });
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
 * Builds, once per run, an empty and a migrated + seeded template database on a real PostgreSQL
 * server: DATABASE_URL's (as in CI), or a throwaway embedded one otherwise. Each test file then
 * gets its own copy (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const run = randomBytes(4).toString("hex");
  const server = databaseUrlFromEnv()
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(tmpdir(), `atlas-test-pg-${run}`), password: randomBytes(18).toString("base64url"), ephemeral: true });
  const adminUrl = databaseUrlFromEnv() ?? server!.url;
  const empty = `atlas_t${run}_empty`;
  const seeded = `atlas_t${run}_seeded`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${empty}"`);
  await admin.query(`CREATE DATABASE "${seeded}"`);
  await seedInto(withDatabase(adminUrl, seeded));
  const templates: TestDatabaseTemplates = { adminUrl, empty, seeded };
  project.provide("atlasDatabases", templates);
  return async () => {
    // Test files drop their copies; this sweeps templates and anything a crash left behind.
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`atlas_t${run}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    await server?.stop();
  };
}
