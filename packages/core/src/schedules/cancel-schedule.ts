import { z } from "zod";

import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow, StateError } from "../errors.ts";

export const ZScheduleRef = z.object({ scheduleId: z.uuid({ error: "Not a valid schedule." }) });

/**
 * Cancels a planned publication or takedown before its time. A cancelled publication's change
 * set goes back to the review queue, approved by no one, and its planned takedown is cancelled too.
 */
export async function cancelSchedule({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZScheduleRef> }) {
  assertCan(actor, "schedule.manage");
  const { scheduleId } = parseOrThrow(ZScheduleRef, input);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Schedule" WHERE "id" = ${scheduleId} FOR UPDATE`;
    const schedule = await tx.schedule.findUnique({ where: { id: scheduleId } });
    if (!schedule) throw new NotFoundError("That schedule does not exist.");
    if (schedule.status !== "PENDING") throw new StateError(`It already ${schedule.status === "DONE" ? "ran" : schedule.status === "CANCELLED" ? "was cancelled" : "failed"}.`);
    await tx.schedule.update({ where: { id: scheduleId }, data: { status: "CANCELLED", doneAt: new Date() } });
    if (schedule.changeSetId && schedule.action === "PUBLISH") {
      // Its planned takedown goes with it: approving the set again later must not inherit the old date.
      await tx.schedule.updateMany({ where: { changeSetId: schedule.changeSetId, action: "UNPUBLISH", status: "PENDING" }, data: { status: "CANCELLED", doneAt: new Date() } });
      await tx.revision.updateMany({ where: { changeSetId: schedule.changeSetId, status: "SCHEDULED" }, data: { status: "SUBMITTED", reviewerId: null, reviewedAt: null } });
      await tx.changeSet.update({ where: { id: schedule.changeSetId }, data: { publishAt: null } });
    }
    await writeAudit(tx, { actor, action: "schedule.cancel", targetType: "Schedule", targetId: scheduleId, data: { action: schedule.action } });
    return { scheduleId };
  });
}
