import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, isEditable } from "../auth/permissions.ts";
import { changeSetTitle } from "./work-elsewhere.ts";

/**
 * One's change sets still being written (nothing in them sent for review, scheduled or
 * published), newest first: where a draft may be moved, or a set merged.
 */
export async function listOpenChangeSets({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "revision.move");
  const sets = await db.changeSet.findMany({
    where: { authorId: actor.id, revisions: { some: { status: { in: ["DRAFT", "CHANGES_REQUESTED"] } }, none: { status: { in: ["SUBMITTED", "SCHEDULED", "PUBLISHED"] } } } },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, revisions: { orderBy: { createdAt: "asc" }, select: { kind: true, label: true, status: true } } },
  });
  return sets.map((s) => {
    const open = s.revisions.filter((r) => isEditable(r.status));
    return { id: s.id, title: changeSetTitle(open), entries: open.length };
  });
}
