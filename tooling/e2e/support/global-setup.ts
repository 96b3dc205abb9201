import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { bootstrapUser } from "@atlas/core/users";
import { createDb } from "@atlas/db";
import { repoRoot } from "@atlas/db/paths";
import { findRedisServer, startRedis } from "@atlas/vitest/redis-server";

import { adminUrl, ports, webUrl } from "./ports.ts";
import { stateFile, type Account, type E2EState } from "./state.ts";

const secret = () => randomBytes(32).toString("base64url");
const password = () => `pw-${randomBytes(12).toString("base64url")}`;

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The site under test stopped (exit ${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up:\n${log()}`);
}

/**
 * Starts the site the way `pnpm start` does, on a database of its own: a fresh database on the
 * server named by DATABASE_URL (as in CI), or a fresh embedded one otherwise.
 */
export default async function globalSetup() {
  const serverUrl = process.env.DATABASE_URL;
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_WEB_PORT: String(ports.web), ATLAS_ADMIN_PORT: String(ports.admin), PUBLIC_SITE_URL: webUrl, ADMIN_SITE_URL: adminUrl };
  let databaseUrl: string;
  let dropDatabase = async () => {};
  let dataRoot: string | null = null;
  if (serverUrl) {
    const name = `atlas_e2e_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    Object.assign(env, { DATABASE_URL: databaseUrl, AUTH_SECRET: secret(), REVALIDATE_SECRET: secret() });
    dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
  } else {
    dataRoot = mkdtempSync(path.join(tmpdir(), "atlas-e2e-"));
    env.ATLAS_DATA_DIR = dataRoot;
    delete env.DATABASE_URL;
    databaseUrl = "";
  }

  // The site runs as production runs several instances: its cache shared through Redis. Where
  // redis-server is missing the site runs on its own and the scale-out test fails, saying so.
  const redis = findRedisServer() ? await startRedis() : null;
  if (redis) env.REDIS_URL = redis.url;

  // The site's own log is kept next to the test results, for failures.
  const logFile = path.join(repoRoot, "test-results", "e2e-site.log");
  mkdirSync(path.dirname(logFile), { recursive: true });
  writeFileSync(logFile, "");
  let output = "";
  const tsx = createRequire(path.join(repoRoot, "package.json")).resolve("tsx/cli");
  const child = spawn(process.execPath, [tsx, "tooling/scripts/src/start.ts"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  const collect = (c: Buffer) => {
    output += c.toString();
    appendFileSync(logFile, c);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const tail = () => output.split("\n").slice(-40).join("\n");
  await waitFor(`${webUrl}/`, child, tail);
  await waitFor(`${adminUrl}/login`, child, tail);
  while (!output.includes("Foreign Relations Atlas is running.")) await new Promise((r) => setTimeout(r, 200));

  let revalidateSecret = env.REVALIDATE_SECRET ?? "";
  if (dataRoot) {
    revalidateSecret = (JSON.parse(readFileSync(path.join(dataRoot, "secrets.json"), "utf8")) as { REVALIDATE_SECRET: string }).REVALIDATE_SECRET;
    const stateFilePath = path.join(dataRoot, "embedded.json");
    if (!existsSync(stateFilePath)) throw new Error("The embedded database did not announce itself.");
    databaseUrl = (JSON.parse(readFileSync(stateFilePath, "utf8")) as { url: string }).url;
  }
  const accounts: E2EState["accounts"] = {
    editor: { email: "e2e-editor@atlas.test", name: "Edna Editor", role: "EDITOR", password: password() },
    editor2: { email: "e2e-editor2@atlas.test", name: "Ed Second", role: "EDITOR", password: password() },
    admin: { email: "e2e-admin@atlas.test", name: "Ada Admin", role: "ADMIN", password: password() },
    admin2: { email: "e2e-admin2@atlas.test", name: "Abe Admin", role: "ADMIN", password: password() },
  };
  const crowd: Account[] = Array.from({ length: 20 }, (_, i) => ({ email: `e2e-crowd-${i}@atlas.test`, name: `Crowd Editor ${i}`, role: "EDITOR", password: password() }));
  const db = createDb(databaseUrl, { max: 2 });
  for (const a of [...Object.values<Account>(accounts), ...crowd]) await bootstrapUser({ db, input: a, via: "e2e" });
  await db.$disconnect();
  writeFileSync(stateFile, JSON.stringify({ databaseUrl, revalidateSecret, redisUrl: redis?.url ?? null, accounts, crowd } satisfies E2EState));

  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    await redis?.stop();
    await dropDatabase();
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
    rmSync(stateFile, { force: true });
  };
}
