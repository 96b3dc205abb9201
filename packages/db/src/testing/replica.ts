// A real streaming replica of the test server, for tests of the read-replica path: Debian's
// PostgreSQL (the version the server runs) copies it with `pg_basebackup -R` into a second
// cluster on another port, which then replays the primary's log. The server must be a local
// Debian PostgreSQL cluster (as in CI, .ci/run); where pg_basebackup is missing the test fails.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

/** The replication slots of test replicas: `atlas_test_replica_<port>`. */
export const SLOT_PREFIX = "atlas_test_replica_";

export type TestReplica = { port: number; urlFor(databaseUrl: string): string; log(): string; stop(): Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Runs a command as the postgres system user (PostgreSQL refuses to run as root). */
const asPostgres = (command: string) => execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", command], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** The newest Debian PostgreSQL installed here (its binaries), or null. */
function debianPostgres(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_basebackup")))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(root, majors[0], "bin") : null;
}

/** Whether Debian's pg_basebackup of the server's own version is installed (false for the embedded server). */
export async function canCopy(primaryUrl: string): Promise<boolean> {
  const primary = new pg.Client({ connectionString: primaryUrl });
  await primary.connect();
  const { rows } = await primary.query<{ v: string }>("SELECT current_setting('server_version_num') AS v").finally(() => primary.end());
  return existsSync(`/usr/lib/postgresql/${Math.floor(Number(rows[0]!.v) / 10000)}/bin/pg_basebackup`);
}

export type TestPrimary = { url: string; stop(): void };

/**
 * A private primary server of Debian's PostgreSQL, for runs on the embedded default (whose npm
 * binaries have no pg_basebackup): initdb into a temporary folder, password auth on 127.0.0.1,
 * replication allowed. Fails saying why where Debian's PostgreSQL is not installed.
 */
export async function startPrivatePrimary(): Promise<TestPrimary> {
  const bin = debianPostgres();
  if (!bin)
    throw new Error("The replica test needs Debian's PostgreSQL (pg_basebackup, initdb): `apt-get install postgresql`, or DATABASE_URL on a local Debian cluster as .ci/run sets.");
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-primary-"));
  const data = path.join(dir, "data");
  const password = randomBytes(12).toString("hex");
  writeFileSync(path.join(dir, "pw"), password);
  execFileSync("chown", ["-R", "postgres", dir]);
  asPostgres(`${bin}/initdb -D ${quote(data)} -U atlas --pwfile=${quote(path.join(dir, "pw"))} --auth-local=trust --auth-host=scram-sha-256 >/dev/null`);
  // In postgresql.conf, not .auto.conf: a base backup copies .auto.conf, and the replica must not inherit the port.
  appendFileSync(path.join(data, "postgresql.conf"), `\nlisten_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = '${dir}'\n`);
  execFileSync("chown", ["-R", "postgres", dir]);
  asPostgres(`${bin}/pg_ctl -D ${quote(data)} -l ${quote(path.join(dir, "log"))} -w -t 60 start`);
  return {
    url: `postgresql://atlas:${password}@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres(`${bin}/pg_ctl -D ${quote(data)} -m immediate -w stop`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function startStreamingReplica(primaryUrl: string): Promise<TestReplica> {
  const primary = new pg.Client({ connectionString: primaryUrl });
  await primary.connect();
  const { rows } = await primary.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  // A run killed before stop() leaves its slot behind, and a slot keeps every log segment written
  // after it: on a developer's server that grows until the disk is full (70 GB here once) and
  // PostgreSQL stops. Drop the inactive slots earlier runs left.
  await primary.query(`SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name ~ '^${SLOT_PREFIX}[0-9]+$' AND NOT active`);
  await primary.end();
  const major = Math.floor(Number(rows[0]!.v) / 10000);
  const bin = `/usr/lib/postgresql/${major}/bin`;
  if (!existsSync(path.join(bin, "pg_basebackup")))
    throw new Error(
      `pg_basebackup for PostgreSQL ${major} is not installed (${bin}). The replica test copies the test server, ` +
        "so it needs DATABASE_URL pointing at a local Debian PostgreSQL cluster (not the embedded one) and its " +
        "pg_basebackup: `apt-get install postgresql` and see .ci/run, which does both.",
    );
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-replica-"));
  const data = path.join(dir, "data");
  execFileSync("chown", ["postgres", dir]);
  const u = new URL(primaryUrl);
  const source = `host=${u.hostname} port=${u.port || 5432} user=${decodeURIComponent(u.username)} password=${decodeURIComponent(u.password)}`;
  // -R writes standby.signal and primary_conninfo: the copy starts as a replica of the server.
  // A slot of its own (-C -S) keeps the primary's log until the replica has it: a busy server
  // recycles its log segments long before a replica that has just started asks for them.
  const slot = `${SLOT_PREFIX}${port}`;
  asPostgres(`${bin}/pg_basebackup -d ${quote(source)} -D ${quote(data)} -R -X stream -c fast -C -S ${slot}`);
  // Debian keeps a cluster's configuration in /etc, outside the data directory: give it its own.
  writeFileSync(path.join(data, "postgresql.conf"), `listen_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = '${dir}'\nhot_standby = on\n`);
  writeFileSync(path.join(data, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n");
  execFileSync("chown", ["-R", "postgres", dir]);
  asPostgres(`${bin}/pg_ctl -D ${quote(data)} -l ${quote(path.join(dir, "log"))} -w -t 60 start`);
  return {
    port,
    urlFor(databaseUrl) {
      const r = new URL(databaseUrl);
      r.port = String(port);
      return r.toString();
    },
    /** The replica server's log, for a failing test's message. */
    log: () => readFileSync(path.join(dir, "log"), "utf8"),
    async stop() {
      try {
        asPostgres(`${bin}/pg_ctl -D ${quote(data)} -m immediate -w stop`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        const c = new pg.Client({ connectionString: primaryUrl });
        await c.connect();
        await c.query("SELECT pg_drop_replication_slot($1) FROM pg_replication_slots WHERE slot_name = $1", [slot]).finally(() => c.end());
      }
    },
  };
}
