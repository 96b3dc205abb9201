import { once } from "node:events";
import type { Writable } from "node:stream";
import { createGzip } from "node:zlib";

import type { Db } from "@atlas/db";
import { readMigrations } from "@atlas/db/migrate";
import { migrationsDir } from "@atlas/db/paths";

import { BACKUP_FORMAT, BACKUP_VERSION, TABLE_ORDER, type BackupHeader, type BackupTable } from "./backup-format.ts";

const BATCH = 2000;

type Delegate = { findMany(args: object): Promise<Record<string, unknown>[]>; count(): Promise<number> };

/** Tables large enough to read a batch at a time (by id); the others are a handful of rows. */
const BATCHED: ReadonlySet<BackupTable> = new Set(["user", "changeSet", "entry", "revision", "report", "notification", "auditLog"]);

async function* rowsOf(db: Db, table: BackupTable): AsyncGenerator<Record<string, unknown>> {
  const delegate = db[table] as unknown as Delegate;
  if (!BATCHED.has(table)) {
    yield* await delegate.findMany({});
    return;
  }
  let after: unknown = null;
  for (;;) {
    const batch = await delegate.findMany({ orderBy: { id: "asc" }, take: BATCH, ...(after === null ? {} : { where: { id: { gt: after } } }) });
    yield* batch;
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

const line = (value: unknown) => `${JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}\n`;

/**
 * Writes a backup (gzip JSON Lines) of the atlas's own history to `out`: readable in one pass,
 * a batch of rows at a time, whatever the size. Read in one repeatable-read transaction, so it is
 * one consistent moment even while people keep editing.
 */
export async function backupDatabase({ db, out }: { db: Db; out: Writable }): Promise<BackupHeader> {
  const gzip = createGzip();
  gzip.pipe(out);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  const header = await db.$transaction(
    async (tx) => {
      const counts = Object.fromEntries(await Promise.all(TABLE_ORDER.map(async (t) => [t, await (tx[t] as unknown as Delegate).count()] as const)));
      const migrations = (await readMigrations(migrationsDir)).migrationDirectories.map((m) => m.path);
      const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations, counts };
      await write(line(header));
      for (const table of TABLE_ORDER) for await (const row of rowsOf(tx as unknown as Db, table)) await write(line({ table, row }));
      return header;
    },
    { isolationLevel: "RepeatableRead", timeout: 60 * 60_000 },
  );
  gzip.end();
  await once(out, "finish");
  return header;
}
