import { z } from "zod";

import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow, StateError } from "../errors.ts";
import { OPEN_SCHEDULES } from "./list-schedules.ts";

export const ZScheduleRef = z.object({ scheduleId: z.uuid({ error: "Not a valid schedule." }) });

/**
 * Cancels a planned publication or takedown before its time (or one held for review). A cancelled
 * publication's change set goes back to the review queue, approved by no one, and its planned
 * takedown is cancelled too.
 */
export async function cancelSchedule({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZScheduleRef> }) {
  assertCan(actor, "schedule.manage");
  const { scheduleId } = parseOrThrow(ZScheduleRef, input);
  return db.$transaction(async (tx) => {
    const schedule = await lockOpenSchedule(tx, scheduleId);
    await cancelIn(tx, actor, schedule);
    return { scheduleId };
  });
}

/** Locks a schedule that may still run, or says why it cannot be changed any more. */
export async function lockOpenSchedule(tx: Tx, scheduleId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Schedule" WHERE "id" = ${scheduleId} FOR UPDATE`;
  const schedule = await tx.schedule.findUnique({ where: { id: scheduleId } });
  if (!schedule) throw new NotFoundError("That schedule does not exist.");
  if (!(OPEN_SCHEDULES as readonly string[]).includes(schedule.status))
    throw new StateError(`It already ${schedule.status === "DONE" ? "ran" : schedule.status === "CANCELLED" ? "was cancelled" : "failed"}.`);
  return schedule;
}

/** The work of cancelSchedule on a locked open schedule, inside the caller's transaction. */
export async function cancelIn(tx: Tx, actor: Actor, schedule: { id: string; action: "PUBLISH" | "UNPUBLISH"; changeSetId: string | null }) {
  await tx.schedule.update({ where: { id: schedule.id }, data: { status: "CANCELLED", doneAt: new Date() } });
  if (schedule.changeSetId && schedule.action === "PUBLISH") {
    // Its planned takedown goes with it: approving the set again later must not inherit the old date.
    await tx.schedule.updateMany({
      where: { changeSetId: schedule.changeSetId, action: "UNPUBLISH", status: { in: [...OPEN_SCHEDULES] } },
      data: { status: "CANCELLED", doneAt: new Date() },
    });
    await tx.revision.updateMany({ where: { changeSetId: schedule.changeSetId, status: "SCHEDULED" }, data: { status: "SUBMITTED", reviewerId: null, reviewedAt: null } });
    await tx.changeSet.update({ where: { id: schedule.changeSetId }, data: { publishAt: null } });
  }
  await writeAudit(tx, { actor, action: "schedule.cancel", targetType: "Schedule", targetId: schedule.id, data: { action: schedule.action } });
}
