import { primaryWalPosition, type Db, type Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";

export const MAX_ATTEMPTS = 6;

/** Records pages to refresh, in the publishing transaction (so a publish never loses them). */
export async function enqueueRevalidation(tx: Tx, job: { tags: string[]; reason: string; revisionId?: string }): Promise<string> {
  const row = await tx.revalidationJob.create({ data: { tags: job.tags, reason: job.reason, revisionId: job.revisionId ?? null } });
  return row.id;
}

/**
 * Sends expired tags to the public site; resolves when it confirmed, throws with a reason
 * otherwise. `lsn` is where the primary's log stood after the publish: a site that reads from
 * replicas confirms only once they have replayed it, so no page is rendered again from before it.
 */
export type RevalidationSender = (tags: string[], at: { lsn: string }) => Promise<void>;

const backoffMs = (attempt: number) => Math.min(60_000, 1000 * 2 ** (attempt - 1));

/**
 * Sends due jobs (or the given ones) to the public site. A failure is recorded on the job and
 * retried with back-off; after MAX_ATTEMPTS it is marked FAILED and waits for an admin to retry.
 */
export async function processRevalidationJobs({
  db,
  send,
  ids,
  now = new Date(),
}: {
  db: Db;
  send: RevalidationSender;
  ids?: string[];
  now?: Date;
}): Promise<{ done: number; failed: number }> {
  const jobs = await db.revalidationJob.findMany({
    where: ids ? { id: { in: ids }, status: "PENDING" } : { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  let done = 0;
  let failed = 0;
  // Every job read above was committed before this position.
  const at = jobs.length ? { lsn: await primaryWalPosition(db) } : { lsn: "0/0" };
  for (const job of jobs) {
    try {
      await send(job.tags, at);
      await db.revalidationJob.update({ where: { id: job.id }, data: { status: "DONE", doneAt: new Date(), attempts: { increment: 1 }, lastError: null } });
      done++;
    } catch (error) {
      failed++;
      const attempts = job.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      const message = (error as Error).message?.slice(0, 500) ?? String(error);
      await db.$transaction(async (tx) => {
        await tx.revalidationJob.update({
          where: { id: job.id },
          data: { attempts, lastError: message, status: giveUp ? "FAILED" : "PENDING", nextAttemptAt: new Date(Date.now() + backoffMs(attempts)) },
        });
        if (giveUp)
          await writeAudit(tx, { actor: null, action: "revalidation.failed", targetType: "RevalidationJob", targetId: job.id, data: { reason: job.reason, error: message } });
      });
    }
  }
  return { done, failed };
}
