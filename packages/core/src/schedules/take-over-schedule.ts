import type { z } from "zod";

import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { corePolicyFromEnv, type CorePolicy } from "../env.ts";
import { ForbiddenError, parseOrThrow } from "../errors.ts";
import { enqueueJobs } from "../jobs/enqueue-job.ts";
import { lockOpenSchedule, ZScheduleRef } from "./cancel-schedule.ts";

/**
 * An admin takes over a planned publication or takedown: it will run as them (their powers are
 * checked again when it runs). One held for review runs at its time, or at once if that has
 * passed. Taking over a publication approves it: one's own work needs another admin, as approving does.
 */
export async function takeOverSchedule({
  db,
  actor,
  input,
  policy = corePolicyFromEnv(),
}: {
  db: Db;
  actor: Actor | null;
  input: z.input<typeof ZScheduleRef>;
  policy?: CorePolicy;
}) {
  assertCan(actor, "schedule.manage");
  const { scheduleId } = parseOrThrow(ZScheduleRef, input);
  return db.$transaction(async (tx) => {
    const schedule = await lockOpenSchedule(tx, scheduleId);
    await takeOverIn(tx, actor, schedule, policy);
    return { scheduleId };
  });
}

type OpenSchedule = Awaited<ReturnType<typeof lockOpenSchedule>>;

/** The work of takeOverSchedule on a locked open schedule, inside the caller's transaction. */
export async function takeOverIn(tx: Tx, actor: Actor, schedule: OpenSchedule, policy: CorePolicy) {
  assertCan(actor, "schedule.run");
  if (schedule.changeSetId && !policy.allowSelfApproval) {
    const own = await tx.revision.count({ where: { changeSetId: schedule.changeSetId, authorId: actor.id } });
    if (own) throw new ForbiddenError("You wrote part of this change set: another admin must take over its schedule (or cancel it).");
  }
  const from = await tx.user.findUniqueOrThrow({ where: { id: schedule.createdById }, select: { email: true } });
  await tx.schedule.update({ where: { id: schedule.id }, data: { createdById: actor.id, status: "PENDING", lastError: null } });
  // Who approved what is published: the admin it now runs as.
  if (schedule.action === "PUBLISH")
    await tx.revision.updateMany({ where: { changeSetId: schedule.changeSetId!, status: "SCHEDULED" }, data: { reviewerId: actor.id, reviewedAt: new Date() } });
  // A held schedule's job has finished: it needs a new one (a pending one still has its own).
  if (schedule.status === "NEEDS_REVIEW")
    await enqueueJobs(tx, "schedule.run", [{ scheduleId: schedule.id }], { startAfter: new Date(Math.max(schedule.runAt.getTime(), Date.now())) });
  await writeAudit(tx, { actor, action: "schedule.take_over", targetType: "Schedule", targetId: schedule.id, data: { action: schedule.action, from: from.email } });
}
