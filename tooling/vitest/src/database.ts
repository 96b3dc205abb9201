import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

import { createDb, type Db } from "@atlas/db";
import { startEmbeddedPostgres } from "@atlas/db/embedded";
import type { ShadowKind } from "@atlas/db/migrate";

import "./context.ts";

export type TestDatabase = { url: string; shadow: ShadowKind; drop(): Promise<void> };

/** A database of one's own: "empty" (nothing, not even migrations) or "seeded" (migrated + seed). */
export async function createTestDatabase(from: "empty" | "seeded"): Promise<TestDatabase> {
  const t = inject("atlasDatabases");
  if (t.kind === "server") {
    const name = `${from === "empty" ? t.empty : t.seeded}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: t.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${from === "empty" ? t.empty : t.seeded}"`);
    const url = new URL(t.adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      shadow: "server",
      async drop() {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = await readFile(from === "empty" ? t.emptyDump : t.seededDump);
  const server = await startEmbeddedPostgres({ dataDir: null, loadDump: new Blob([dump]) });
  return { url: server.url, shadow: "embedded", drop: () => server.stop() };
}

/**
 * For a test file: a fresh database before its tests, dropped after. The returned object's
 * fields are filled in by beforeAll.
 */
export function freshDatabase(from: "empty" | "seeded" = "seeded"): { db: Db; url: string; shadow: ShadowKind } {
  const state = {} as { db: Db; url: string; shadow: ShadowKind; database: TestDatabase };
  beforeAll(async () => {
    state.database = await createTestDatabase(from);
    state.url = state.database.url;
    state.shadow = state.database.shadow;
    state.db = createDb(state.url, { max: 4 });
  }, 120_000);
  afterAll(async () => {
    await state.db?.$disconnect();
    await state.database?.drop();
  });
  return state;
}
