import type { Db, Prisma, Tx } from "@atlas/db";
import type { ScheduleStatus } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";

/** Schedules that may still run: waiting for their time, or held until an admin takes them over. */
export const OPEN_SCHEDULES = ["PENDING", "NEEDS_REVIEW"] as const satisfies readonly ScheduleStatus[];

/** Publications and takedowns still to come (or held, or failed), soonest first, with what they will change. */
export async function listSchedules({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "schedule.manage");
  return describeSchedules(db, { status: { in: [...OPEN_SCHEDULES, "FAILED"] } });
}

/** Schedules matching `where`, as the dashboard and the users page show them. */
export async function describeSchedules(db: Db | Tx, where: Prisma.ScheduleWhereInput) {
  const rows = await db.schedule.findMany({
    where,
    orderBy: { runAt: "asc" },
    take: 50,
    select: {
      id: true,
      action: true,
      runAt: true,
      status: true,
      lastError: true,
      createdById: true,
      createdBy: { select: { name: true } },
      entry: { select: { id: true, label: true } },
      changeSet: { select: { id: true, revisions: { where: { status: { in: ["SCHEDULED", "PUBLISHED"] } }, select: { id: true, label: true } } } },
    },
  });
  return rows.map((s) => ({
    id: s.id,
    action: s.action,
    runAt: s.runAt,
    status: s.status,
    lastError: s.lastError,
    by: s.createdBy.name,
    byId: s.createdById,
    labels: s.entry ? [s.entry.label] : (s.changeSet?.revisions.map((r) => r.label) ?? []),
    changeSetId: s.changeSet?.id ?? null,
  }));
}

export type ScheduleRow = Awaited<ReturnType<typeof describeSchedules>>[number];

/** “Modi visits Mongolia” and 3 more: what a schedule changes, in one phrase. */
export const titleOfSchedule = (labels: string[]) =>
  labels.length === 0 ? "nothing left to change" : labels.length === 1 ? `“${labels[0]}”` : `“${labels[0]}” and ${labels.length - 1} more`;
