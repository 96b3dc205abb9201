import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { startEmbeddedPostgres } from "./embedded/server.ts";
import { databaseUrlFromEnv, dataRootFromEnv } from "./env.ts";

/** The database a command works on, and how to let it go afterwards. */
export type Target = {
  url: string;
  /** "embedded (.data/postgres)" or the server URL without its password. */
  description: string;
  /** True when this process started the embedded server (and must keep running to serve it). */
  startedHere: boolean;
  release(): Promise<void>;
};

/** Files of the embedded database inside a data folder (.data by default). */
export function embeddedFiles(dataRoot: string) {
  return {
    cluster: path.join(dataRoot, "postgres"),
    /** The superuser's password, random per machine (mode 600). */
    password: path.join(dataRoot, "postgres-password"),
    /** Written while a process serves the cluster, so other commands connect to it. */
    state: path.join(dataRoot, "embedded.json"),
  };
}

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

function embeddedPassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

// As root, PostgreSQL runs as the `postgres` system user, which must be able to reach the folder.
function assertReachable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    if (!(statSync(d).mode & 0o001)) {
      throw new Error(
        `PostgreSQL runs as the system user "postgres", which cannot reach ${dir}: ${d} is not searchable by other users. Run \`chmod o+x ${d}\`, or set ATLAS_DATA_DIR to a folder it can reach.`,
      );
    }
  }
}

/** Closes the connection after a probe; true when the server answers with these credentials. */
export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * DATABASE_URL (or options.url) when set; otherwise the embedded PostgreSQL server in .data/postgres — the one a
 * running `pnpm start` serves, or one started here (and announced, so others can reach it).
 */
export async function resolveTarget(options: { port?: number; dataRoot?: string; url?: string | null } = {}): Promise<Target> {
  // `url: null` asks for the embedded server whatever DATABASE_URL says.
  const url = options.url === undefined ? databaseUrlFromEnv() : options.url;
  if (url) return { url, description: redact(url), startedHere: false, release: async () => {} };
  const dataRoot = path.resolve(options.dataRoot ?? dataRootFromEnv());
  const files = embeddedFiles(dataRoot);
  const running = runningEmbedded(files.state);
  if (running && (await canConnect(running))) {
    return { url: running, description: `embedded (${files.cluster}, served by pnpm start)`, startedHere: false, release: async () => {} };
  }
  mkdirSync(dataRoot, { recursive: true });
  if (process.getuid?.() === 0) chmodSync(dataRoot, statSync(dataRoot).mode | 0o001);
  assertReachable(files.cluster);
  const server = await startEmbeddedPostgres({ dataDir: files.cluster, port: options.port ?? 0, password: embeddedPassword(files.password) });
  writeFileSync(files.state, JSON.stringify({ pid: process.pid, url: server.url }), { mode: 0o600 });
  return {
    url: server.url,
    description: `embedded PostgreSQL 18 (${path.relative(process.cwd(), files.cluster).startsWith("..") ? files.cluster : path.relative(process.cwd(), files.cluster)})`,
    startedHere: true,
    async release() {
      rmSync(files.state, { force: true });
      await server.stop();
    },
  };
}
