import { randomBytes } from "node:crypto";

import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

import { createDb, type Db } from "../client.ts";

import "./context.ts";

export type { TestDatabaseTemplates } from "./context.ts";

export type TestDatabase = { url: string; drop(): Promise<void> };

/** A database of one's own: "empty" (nothing, not even migrations) or "seeded" (migrated + seed). */
export async function createTestDatabase(from: "empty" | "seeded"): Promise<TestDatabase> {
  const t = inject("atlasDatabases");
  const template = from === "empty" ? t.empty : t.seeded;
  const name = `${template}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: t.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = new URL(t.adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * For a test file: a fresh database before its tests, dropped after. The returned object's
 * fields are filled in by beforeAll.
 */
export function freshDatabase(from: "empty" | "seeded" = "seeded"): { db: Db; url: string } {
  const state = {} as { db: Db; url: string; database: TestDatabase };
  beforeAll(async () => {
    state.database = await createTestDatabase(from);
    state.url = state.database.url;
    state.db = createDb(state.url, { max: 4 });
  }, 120_000);
  afterAll(async () => {
    await state.db?.$disconnect();
    await state.database?.drop();
  });
  return state;
}
