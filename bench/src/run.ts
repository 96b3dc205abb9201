// pnpm bench — the performance goals of the public site, measured (see bench/README.md).
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";

import { updateReadme } from "./readme-table.ts";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";

import pg from "pg";

import { upgradeDatabase } from "@atlas/core/jobs";
import { importSeed } from "@atlas/core/seed";
import { createDb, databaseUrlFromEnv } from "@atlas/db";
import { startEmbeddedPostgres } from "@atlas/db/embedded";
import { repoRoot, seedDir } from "@atlas/db/paths";

import { generate, measureDb, SIZE } from "./db-bench.ts";
import { measureHttp } from "./http-bench.ts";
import { resultsDir } from "./readme-table.ts";
import { round } from "./stats.ts";

async function seeded(url: string) {
  await upgradeDatabase(url);
  const db = createDb(url, { max: 2 });
  await importSeed({ db, dir: seedDir });
  await db.$disconnect();
}

/** A fresh database: on DATABASE_URL's server when set, a throwaway embedded one otherwise. */
async function freshDatabase(name: string): Promise<{ url: string; engine: string; drop(): Promise<void> }> {
  const embedded = databaseUrlFromEnv()
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(tmpdir(), `atlas-bench-pg-${name}`), password: randomBytes(18).toString("base64url"), ephemeral: true });
  const server = databaseUrlFromEnv() ?? embedded!.url;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const db = `atlas_bench_${name}`;
  await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${db}"`);
  const version = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  const u = new URL(server);
  u.pathname = `/${db}`;
  return {
    url: u.toString(),
    engine: `PostgreSQL ${version.split(" ")[0]} ${embedded ? "embedded" : "server"}`,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await admin.end();
      await embedded?.stop();
    },
  };
}

async function main() {
  const only = process.argv[2];
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${round(totalmem() / 2 ** 30, 0)} GiB, Node ${process.versions.node}`;
  const result: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), machine };

  if (only !== "db") {
    console.log("HTTP: the cached China page, next start vs nginx…");
    const d = await freshDatabase("http");
    try {
      await seeded(d.url);
      result.http = await measureHttp(d.url);
    } finally {
      await d.drop();
    }
    console.log(result.http);
  }
  if (only !== "http") {
    const d = await freshDatabase("db");
    try {
      await seeded(d.url);
      console.log(`DB: generating ${SIZE.events.toLocaleString("en")} events, ${SIZE.countries} countries, ${SIZE.sources.toLocaleString("en")} sources on ${d.engine}…`);
      const ms = await generate(d.url);
      result.db = { engine: d.engine, size: SIZE, generatedInSeconds: round(ms / 1000), ...(await measureDb(d.url)) };
    } finally {
      await d.drop();
    }
    console.log(result.db);
  }
  const engine = databaseUrlFromEnv() ? "server" : "embedded";
  if (result.http) save("http.json", { date: result.date, machine, ...(result.http as object) });
  if (result.db) save(`db-${engine}.json`, { date: result.date, machine, ...(result.db as object) });
  await updateReadme();
}

function save(name: string, data: unknown) {
  const file = path.join(resultsDir, name);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Written to ${path.relative(repoRoot, file)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
