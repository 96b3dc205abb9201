import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { createDb } from "@atlas/db";
import { canConnect, resolveTarget } from "@atlas/db/target";

import { launcherEnv, productionRefusal } from "../src/env.ts";
import { prepareDatabase } from "../src/prepare-database.ts";

// What `pnpm start` does with no DATABASE_URL: an embedded Postgres in a data folder, migrated and
// seeded, that keeps its data across restarts. (Runs whatever DATABASE_URL says, as it ignores it.)
describe("the embedded default", () => {
  const dataRoot = mkdtempSync(path.join(tmpdir(), "atlas-embedded-"));
  afterAll(() => {
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it("starts, migrates and seeds an empty data folder, and finds everything again after a restart", async () => {
    const first = await resolveTarget({ dataRoot, url: null });
    expect(first).toMatchObject({ startedHere: true });
    const prepared = await prepareDatabase(first);
    expect(prepared.applied.length).toBeGreaterThan(0);
    expect(prepared.seed.created).toBeGreaterThan(100);
    await first.release();

    const again = await resolveTarget({ dataRoot, url: null });
    const second = await prepareDatabase(again);
    expect(second).toMatchObject({ applied: [], seed: { created: 0, updated: 0 } });
    const db = createDb(again.url, { max: 1 });
    expect(await db.country.count({ where: { slug: "north-korea" } })).toBe(1);
    // Only with its password, only on 127.0.0.1, and no Unix socket for other local users.
    const settings = await db.$queryRaw<{ listen: string; sockets: string; auth: string }[]>`
      SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets, current_setting('password_encryption') AS auth`;
    expect(settings[0]).toEqual({ listen: "127.0.0.1", sockets: "", auth: "scram-sha-256" });
    await db.$disconnect();
    const wrong = new URL(again.url);
    wrong.password = "postgres";
    expect(await canConnect(wrong.toString())).toBe(false);
    wrong.username = "nobody";
    wrong.password = "";
    expect(await canConnect(wrong.toString())).toBe(false);
    expect(await canConnect(again.url)).toBe(true);
    await again.release();
  }, 120_000);
});

describe("production mode", () => {
  it("the launcher refuses DATABASE_URL without secrets or the public address, and never invents them", () => {
    expect(productionRefusal(launcherEnv({ DATABASE_URL: "postgresql://x@localhost/db" }))).toMatch(/set AUTH_SECRET and REVALIDATE_SECRET/);
    const secrets = { AUTH_SECRET: "a".repeat(32), REVALIDATE_SECRET: "b".repeat(32) };
    expect(productionRefusal(launcherEnv({ DATABASE_URL: "postgresql://x@localhost/db", ...secrets }))).toMatch(/set PUBLIC_SITE_URL/);
    expect(productionRefusal(launcherEnv({ DATABASE_URL: "postgresql://x@localhost/db", ...secrets, PUBLIC_SITE_URL: "https://atlas.example.org" }))).toBeNull();
    expect(productionRefusal(launcherEnv({}))).toBeNull();
    expect(() => launcherEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
  });
});
