import type { Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { can } from "../auth/permissions.ts";
import { notify } from "../inbox/notify.ts";
import { describeSchedules, titleOfSchedule } from "./list-schedules.ts";

type Planner = { id: string; email: string; name: string; role: Actor["role"]; active: boolean };

/**
 * The planner as they are now, with their row locked until the caller's transaction ends (a
 * demotion or deactivation waits for a run under way, or the run sees it), and whether they may
 * still publish: a schedule runs with its planner's powers at run time, not those they had when
 * they planned it. A deactivated user has no powers at all.
 */
export async function plannerNow(tx: Tx, userId: string): Promise<{ actor: Actor | null; planner: Planner }> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR SHARE`;
  const planner = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, active: true } });
  const actor: Actor | null = planner.active ? { id: planner.id, email: planner.email, name: planner.name, role: planner.role } : null;
  return { actor: can(actor, "schedule.run") ? actor : null, planner };
}

/**
 * Holds a schedule whose planner may no longer publish: it does not run, it waits on the dashboard
 * (NEEDS_REVIEW) for an admin to take it over or cancel it, and every active admin is told. What
 * it would publish stays approved and scheduled meanwhile, so taking it over is one step.
 */
export async function holdSchedule(tx: Tx, scheduleId: string, planner: Planner): Promise<void> {
  const why = planner.active ? `${planner.name}, who planned it, is no longer an admin` : `${planner.name}, who planned it, was deactivated`;
  const schedule = await tx.schedule.update({ where: { id: scheduleId }, data: { status: "NEEDS_REVIEW", lastError: `Not run: ${why}.` } });
  const [row] = await describeSchedules(tx, { id: scheduleId });
  await writeAudit(tx, { actor: null, action: "schedule.hold", targetType: "Schedule", targetId: scheduleId, data: { action: schedule.action, plannedBy: planner.email } });
  const what = schedule.action === "PUBLISH" ? "scheduled publication" : "scheduled takedown";
  const admins = await tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
  await notify(
    tx,
    admins.map((a) => ({
      userId: a.id,
      kind: "SCHEDULE_HELD" as const,
      message: `The ${what} of ${titleOfSchedule(row!.labels)} did not run: ${why}. Take it over or cancel it on the dashboard.`,
      changeSetId: schedule.changeSetId,
      entryId: schedule.entryId,
    })),
  );
}
