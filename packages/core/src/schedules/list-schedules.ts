import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";

/** Publications and takedowns still to come, soonest first, with what they will change. */
export async function listSchedules({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "schedule.manage");
  const rows = await db.schedule.findMany({
    where: { status: { in: ["PENDING", "FAILED"] } },
    orderBy: { runAt: "asc" },
    take: 50,
    select: {
      id: true,
      action: true,
      runAt: true,
      status: true,
      lastError: true,
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
    labels: s.entry ? [s.entry.label] : (s.changeSet?.revisions.map((r) => r.label) ?? []),
    changeSetId: s.changeSet?.id ?? null,
  }));
}
