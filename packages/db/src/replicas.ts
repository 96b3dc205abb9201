import { readReplicas } from "@prisma/extension-read-replicas";

import { createDb, getDb, type Db } from "./client.ts";
import { replicaUrlsFromEnv } from "./env.ts";

// Read replicas (DATABASE_REPLICA_URLS), for the public site's reads. Everything else — the admin
// app, the job worker, every use case, any read that follows a write — uses getDb(), the primary.

type Replicated = { replicas: Db[]; client: { $replica(): Db } };
const globalForReplicas = globalThis as unknown as { atlasReplicas?: Replicated | null };

function replicated(): Replicated | null {
  if (globalForReplicas.atlasReplicas === undefined) {
    const urls = replicaUrlsFromEnv();
    const replicas = urls.map((url) => createDb(url));
    // The extension picks a replica at random per call; raw queries (search, a country's events)
    // go to the replica too because every read here asks for one through $replica().
    globalForReplicas.atlasReplicas = replicas.length ? { replicas, client: getDb().$extends(readReplicas({ replicas })) as unknown as Replicated["client"] } : null;
  }
  return globalForReplicas.atlasReplicas;
}

/** The client for published reads: a read replica when there are any, the primary otherwise. */
export function getReadDb(): Db {
  return replicated()?.client.$replica() ?? getDb();
}

/** Where the primary's write-ahead log stands: every commit so far is before it. */
export async function primaryWalPosition(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  return row!.lsn;
}

/**
 * Whether every read replica has replayed the primary's log up to `lsn` (at once with none),
 * waiting up to `timeoutMs` for them.
 */
export async function replicasReached(lsn: string, timeoutMs: number): Promise<boolean> {
  const replicas = replicated()?.replicas ?? [];
  const deadline = Date.now() + timeoutMs;
  const behind = new Set(replicas);
  for (;;) {
    for (const replica of [...behind]) {
      // A server that is not replaying a log (a promoted replica) has every commit.
      const rows = await replica.$queryRaw<{ ok: boolean }[]>`SELECT COALESCE(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, NOT pg_is_in_recovery()) AS ok`.catch(() => []);
      if (rows[0]?.ok) behind.delete(replica);
    }
    if (!behind.size) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}
