import PgBoss from "pg-boss";

import type { Tx } from "@atlas/db";

import { WAKE_CHANNEL, type JobData, type JobName } from "./job-queues.ts";

// Sending needs no connection of its own: every job is written through the caller's transaction.
const sender = new PgBoss({
  db: {
    executeSql: () => {
      throw new Error("Jobs are only sent inside a transaction.");
    },
  },
  supervise: false,
  schedule: false,
  migrate: false,
});

/** pg-boss's statements run on the caller's transaction (Prisma's interactive transaction). */
export const onTransaction = (tx: Tx): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...((values ?? []) as unknown[])) }),
});

export type EnqueueOptions = { startAfter?: Date; singletonKey?: string };

/** Queues jobs as part of the caller's transaction: they exist if and only if it commits. */
export async function enqueueJobs<N extends JobName>(tx: Tx, name: N, items: JobData[N][], options: EnqueueOptions = {}): Promise<void> {
  if (!items.length) return;
  if (items.length === 1) {
    const id = await sender.send(name, items[0]!, { ...options, db: onTransaction(tx) });
    if (!id) throw new Error(`The job queue "${name}" is not installed: run pnpm db:migrate.`);
  } else {
    await sender.insert(
      items.map((data) => ({ name, data, ...options })),
      { db: onTransaction(tx) },
    );
  }
  await tx.$executeRawUnsafe(`SELECT pg_notify('${WAKE_CHANNEL}', $1)`, name);
}
