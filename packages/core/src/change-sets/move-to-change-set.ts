import { z } from "zod";

import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { loadRevisionFor } from "../drafts/load-revision-for.ts";
import { NotFoundError, parseOrThrow, ValidationError } from "../errors.ts";
import { openChangeSet } from "./open-change-set.ts";

export const ZMoveToChangeSet = z.object({
  revisionId: z.uuid({ error: "Not a valid revision." }),
  /** One of the author's change sets still being written; a new one when absent. */
  changeSetId: z.uuid({ error: "Not a valid change set." }).optional(),
});
export type TMoveToChangeSet = z.input<typeof ZMoveToChangeSet>;

/**
 * Moves one's draft into another of one's change sets still being written (or into a new one),
 * to be submitted and published with it. Links between the two sets keep working: a set that
 * links to what the other makes waits for it. A set left empty is removed.
 */
export async function moveToChangeSet({ db, actor, input }: { db: Db; actor: Actor | null; input: TMoveToChangeSet }) {
  assertCan(actor, "revision.move");
  const { revisionId, changeSetId } = parseOrThrow(ZMoveToChangeSet, input);
  return db.$transaction(async (tx) => {
    const found = await tx.revision.findUnique({ where: { id: revisionId }, select: { changeSetId: true } });
    if (!found) throw new NotFoundError("That revision does not exist.");
    if (found.changeSetId === changeSetId) throw new ValidationError({ changeSetId: ["It is in that change set already."] });
    await lockSets(tx, [found.changeSetId, changeSetId]);
    const revision = await loadRevisionFor(tx, actor, "revision.move", revisionId);
    const target = await openChangeSet(tx, actor, changeSetId);
    await tx.revision.update({ where: { id: revisionId }, data: { changeSetId: target } });
    await tx.changeSet.updateMany({ where: { id: { in: [target, revision.changeSetId] } }, data: { updatedAt: new Date() } });
    const removed = await removeIfEmpty(tx, revision.changeSetId, target);
    await writeAudit(tx, {
      actor,
      action: "changeset.move",
      targetType: "Revision",
      targetId: revisionId,
      data: { entryId: revision.entryId, from: revision.changeSetId, to: target, removedEmpty: removed },
    });
    return { revisionId, changeSetId: target, from: revision.changeSetId, removed };
  });
}

/** Locks change sets in id order (two moves between the same sets never wait on each other). */
export async function lockSets(tx: Tx, ids: (string | undefined)[]) {
  for (const id of [...new Set(ids.filter((x): x is string => !!x))].sort()) await tx.$queryRaw`SELECT 1 FROM "ChangeSet" WHERE "id" = ${id} FOR UPDATE`;
}

/**
 * Removes a change set nothing is in any more (its pasted text goes with its entries), unless a
 * schedule or a notification still points at it.
 */
export async function removeIfEmpty(tx: Tx, changeSetId: string, movedTo: string): Promise<boolean> {
  const set = await tx.changeSet.findUnique({ where: { id: changeSetId }, include: { _count: { select: { revisions: true, schedules: true } } } });
  if (!set || set._count.revisions) return false;
  await carryNote(tx, changeSetId, movedTo);
  if (set._count.schedules || (await tx.notification.count({ where: { changeSetId } }))) return false;
  await tx.changeSet.delete({ where: { id: changeSetId } });
  return true;
}

/** The pasted text of one change set kept with the other (once). */
export async function carryNote(tx: Tx, from: string, to: string): Promise<void> {
  const [a, b] = await Promise.all([
    tx.changeSet.findUnique({ where: { id: from }, select: { note: true } }),
    tx.changeSet.findUnique({ where: { id: to }, select: { note: true } }),
  ]);
  if (!a?.note || b?.note?.includes(a.note)) return;
  await tx.changeSet.update({ where: { id: to }, data: { note: [b?.note, a.note].filter(Boolean).join("\n\n") } });
}
