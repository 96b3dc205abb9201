import PgBoss from "pg-boss";
import { z } from "zod";

import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";
import { enqueueJobs, onTransaction } from "./enqueue-job.ts";
import { JOB_QUEUES, type JobName } from "./job-queues.ts";

export const ZRetryJob = z.object({
  name: z.enum(Object.keys(JOB_QUEUES) as [JobName, ...JobName[]], { error: "Unknown kind of job." }),
  jobId: z.uuid({ error: "Unknown job." }),
});

const boss = new PgBoss({ db: { executeSql: () => Promise.reject(new Error("only inside a transaction")) }, supervise: false, schedule: false, migrate: false });

/** An admin runs a failed job again (an archived one is sent anew with the same data). */
export async function retryFailedJob({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZRetryJob> }) {
  assertCan(actor, "jobs.manage");
  const { name, jobId } = parseOrThrow(ZRetryJob, input);
  return db.$transaction(async (tx) => {
    // pg-boss's types say void; it answers how many jobs it moved back to the queue.
    const retried = (await boss.retry(name, jobId, { db: onTransaction(tx) })) as unknown as { affected: number };
    if (!retried.affected) {
      const archived = await tx.$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.archive WHERE name = ${name} AND id = ${jobId}::uuid AND state = 'failed'`;
      if (!archived[0]) throw new NotFoundError("That failed job does not exist (or it was already retried).");
      await enqueueJobs(tx, name, [archived[0].data as never]);
    } else await tx.$executeRawUnsafe(`SELECT pg_notify('atlas_jobs', $1)`, name);
    await writeAudit(tx, { actor, action: "job.retry", targetType: "Job", targetId: jobId, data: { name } });
    return { jobId };
  });
}
