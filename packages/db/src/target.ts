import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { isEmbeddedServer, startEmbeddedPostgres } from "./embedded/server.ts";
import { databaseUrlFromEnv } from "./env.ts";
import type { ShadowKind } from "./migrate/adapter-factory.ts";
import { embeddedDataDir } from "./paths.ts";

/** The database a command works on, and how to let it go afterwards. */
export type Target = {
  url: string;
  shadow: ShadowKind;
  /** "embedded (.data/pglite)" or the server URL without its password. */
  description: string;
  /** True when this process started the embedded server (and must keep running to serve it). */
  startedHere: boolean;
  release(): Promise<void>;
};

// While `pnpm start` serves the embedded database, other commands (db:status, db:seed) connect
// to it: PGlite's data folder can only be opened by one process at a time.
const stateFileOf = (dataRoot: string) => path.join(dataRoot, "embedded.json");

function runningEmbedded(stateFile: string): string | null {
  if (!existsSync(stateFile)) return null;
  try {
    const { pid, url } = JSON.parse(readFileSync(stateFile, "utf8")) as { pid: number; url: string };
    process.kill(pid, 0);
    return url;
  } catch {
    return null;
  }
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

async function isPglite(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await isEmbeddedServer((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL when set; otherwise the embedded database in .data/pglite — the one a running
 * `pnpm start` serves, or one started here (and announced, so others can reach it).
 */
export async function resolveTarget(options: { port?: number; dataRoot?: string } = {}): Promise<Target> {
  const dataRoot = options.dataRoot ?? path.dirname(embeddedDataDir);
  const dataDir = path.join(dataRoot, "pglite");
  const stateFile = stateFileOf(dataRoot);
  const url = databaseUrlFromEnv();
  if (url) {
    const embedded = await isPglite(url);
    return { url, shadow: embedded ? "embedded" : "server", description: redact(url), startedHere: false, release: async () => {} };
  }
  const running = runningEmbedded(stateFile);
  if (running) {
    return { url: running, shadow: "embedded", description: `embedded (${dataDir}, served by pnpm start)`, startedHere: false, release: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir, port: options.port ?? 0 });
  writeFileSync(stateFile, JSON.stringify({ pid: process.pid, url: server.url }));
  return {
    url: server.url,
    shadow: "embedded",
    description: `embedded (${path.relative(process.cwd(), dataDir) || dataDir})`,
    startedHere: true,
    async release() {
      rmSync(stateFile, { force: true });
      await server.stop();
    },
  };
}
