// pnpm bench — the performance goals, measured (see bench/README.md). Parts: http, db, admin,
// publish, load (all by default); on DATABASE_URL's server when set, a throwaway embedded
// PostgreSQL 18 otherwise.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";

import pg from "pg";

import { upgradeDatabase } from "@atlas/core/jobs";
import { importSeed } from "@atlas/core/seed";
import { createDb, databaseUrlFromEnv } from "@atlas/db";
import { startEmbeddedPostgres } from "@atlas/db/embedded";
import { repoRoot, seedDir } from "@atlas/db/paths";

import { measureAdmin } from "./admin-bench.ts";
import { generate, measureDb, SIZE } from "./db-bench.ts";
import { measureHttp } from "./http-bench.ts";
import { measureLighthouse } from "./lighthouse-bench.ts";
import { measureLoad } from "./load-bench.ts";
import { measurePublish } from "./publish-bench.ts";
import { resultsDir, updateReadme } from "./readme-table.ts";
import { measureSharedCache } from "./shared-cache-bench.ts";
import { round } from "./stats.ts";
import { startWeb } from "./web-server.ts";

const PARTS = ["http", "shared", "lighthouse", "db", "admin", "publish", "load"] as const;

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
    : await startEmbeddedPostgres({ dataDir: path.join(tmpdir(), `atlas-bench-pg-${name}-${randomBytes(3).toString("hex")}`), password: randomBytes(18).toString("base64url") });
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
      if (embedded) {
        await embedded.stop();
        (await import("node:fs")).rmSync(embedded.dataDir, { recursive: true, force: true });
      }
    },
  };
}

function save(name: string, data: unknown) {
  const file = path.join(resultsDir, name);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Written to ${path.relative(repoRoot, file)}.`);
}

async function main() {
  const asked = process.argv.slice(2);
  const parts = asked.length ? PARTS.filter((p) => asked.includes(p)) : PARTS;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${round(totalmem() / 2 ** 30, 0)} GiB, Node ${process.versions.node}`;
  const stamp = { date: new Date().toISOString().slice(0, 10), machine };
  const engineKey = databaseUrlFromEnv() ? "server" : "embedded";

  if (parts.includes("http")) {
    console.log("HTTP: the cached China page, the public site vs nginx…");
    const d = await freshDatabase("http");
    try {
      await seeded(d.url);
      const http = await measureHttp(d.url);
      console.log(http);
      save("http.json", { ...stamp, ...http });
    } finally {
      await d.drop();
    }
  }
  if (parts.includes("shared")) {
    console.log("Shared cache: the cached China page per instance and behind nginx, vs nginx…");
    const d = await freshDatabase("shared");
    try {
      await seeded(d.url);
      const shared = await measureSharedCache(d.url);
      console.log(shared);
      save("shared-cache.json", { ...stamp, ...shared });
    } finally {
      await d.drop();
    }
  }
  if (parts.includes("lighthouse")) {
    console.log("Lighthouse: the public site's main pages, phone and desktop…");
    const d = await freshDatabase("lighthouse");
    const web = await (async () => {
      await seeded(d.url);
      return startWeb(d.url, 3303);
    })();
    try {
      const scores = await measureLighthouse(web);
      console.log(JSON.stringify(scores, null, 2));
      save("lighthouse.json", { ...stamp, ...scores });
    } finally {
      await web.stop();
      await d.drop();
    }
  }
  const atSize = parts.filter((p) => p !== "http" && p !== "shared" && p !== "lighthouse");
  if (atSize.length) {
    const d = await freshDatabase("size");
    try {
      await seeded(d.url);
      console.log(`Generating ${SIZE.events.toLocaleString("en")} events, ${SIZE.countries} countries, ${SIZE.sources.toLocaleString("en")} sources on ${d.engine}…`);
      const generatedIn = round((await generate(d.url)) / 1000);
      const common = { ...stamp, engine: d.engine, size: SIZE, generatedInSeconds: generatedIn };
      if (atSize.includes("db")) {
        const db = await measureDb(d.url);
        console.log(db);
        save(`db-${engineKey}.json`, { ...common, ...db });
      }
      if (atSize.includes("admin")) {
        const admin = await measureAdmin(d.url);
        console.log(admin);
        save(`admin-${engineKey}.json`, { ...common, lists: admin });
      }
      if (atSize.includes("publish") || atSize.includes("load")) {
        const web = await startWeb(d.url, 3302);
        try {
          if (atSize.includes("load")) {
            const load = await measureLoad(web);
            console.log(load);
            save(`load-${engineKey}.json`, { ...common, ...load });
          }
          if (atSize.includes("publish")) {
            const publish = await measurePublish(d.url, web);
            console.log(JSON.stringify(publish, null, 2));
            save(`publish-${engineKey}.json`, { ...common, ...publish });
          }
        } finally {
          await web.stop();
        }
      }
    } finally {
      await d.drop();
    }
  }
  await updateReadme();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
