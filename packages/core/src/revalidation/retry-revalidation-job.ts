import { z } from "zod";

import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow, StateError } from "../errors.ts";

/** An admin sends a page refresh that kept failing once more (it is then processed right away). */
export async function retryRevalidationJob({ db, actor, input }: { db: Db; actor: Actor | null; input: { jobId: string } }) {
  assertCan(actor, "jobs.manage");
  const { jobId } = parseOrThrow(z.object({ jobId: z.uuid({ error: "Unknown job." }) }), input);
  return db.$transaction(async (tx) => {
    const job = await tx.revalidationJob.findUnique({ where: { id: jobId } });
    if (!job) throw new NotFoundError("That refresh job does not exist.");
    if (job.status !== "FAILED") throw new StateError("Only a failed refresh can be retried.");
    await tx.revalidationJob.update({ where: { id: jobId }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() } });
    await writeAudit(tx, { actor, action: "revalidation.retry", targetType: "RevalidationJob", targetId: jobId, data: { reason: job.reason } });
    return { jobId };
  });
}
