import { z } from "zod";

import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan, isEditable } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow, StateError, ValidationError } from "../errors.ts";
import { carryNote, lockSets, removeIfEmpty } from "./move-to-change-set.ts";
import { openChangeSet } from "./open-change-set.ts";

export const ZMergeChangeSets = z.object({
  changeSetId: z.uuid({ error: "Not a valid change set." }),
  /** The author's other change set, still being written, that takes in this one's drafts. */
  intoChangeSetId: z.uuid({ error: "Choose the change set to merge it into." }),
});
export type TMergeChangeSets = z.input<typeof ZMergeChangeSets>;

/**
 * Merges one's change set into another of one's own: every draft moves over (with the pasted
 * text), to be reviewed and published as one piece of work; the emptied set is removed. Both must
 * still be being written (withdraw a submitted one first).
 */
export async function mergeChangeSets({ db, actor, input }: { db: Db; actor: Actor | null; input: TMergeChangeSets }) {
  assertCan(actor, "revision.move");
  const { changeSetId, intoChangeSetId } = parseOrThrow(ZMergeChangeSets, input);
  if (changeSetId === intoChangeSetId) throw new ValidationError({ intoChangeSetId: ["Choose another change set: a set cannot be merged into itself."] });
  return db.$transaction(async (tx) => {
    await lockSets(tx, [changeSetId, intoChangeSetId]);
    const from = await tx.changeSet.findUnique({ where: { id: changeSetId }, include: { revisions: true } });
    // Someone else's work in progress does not exist for this author (as its page says).
    if (!from || from.authorId !== actor.id) throw new NotFoundError("That change set does not exist.");
    const into = await openChangeSet(tx, actor, intoChangeSetId);
    if (from.revisions.some((r) => r.status === "SUBMITTED" || r.status === "SCHEDULED"))
      throw new StateError("That change set waits for review: withdraw it first, then merge it.");
    const moving = from.revisions.filter((r) => isEditable(r.status));
    if (!moving.length) throw new StateError("Nothing in that change set is a draft any more: there is nothing to merge.");
    for (const r of moving) assertCan(actor, "revision.move", r);
    await tx.revision.updateMany({ where: { id: { in: moving.map((r) => r.id) } }, data: { changeSetId: into } });
    await tx.changeSet.update({ where: { id: into }, data: { updatedAt: new Date() } });
    await carryNote(tx, changeSetId, into);
    const removed = await removeIfEmpty(tx, changeSetId, into);
    await writeAudit(tx, {
      actor,
      action: "changeset.merge",
      targetType: "ChangeSet",
      targetId: into,
      data: { from: changeSetId, revisions: moving.length, removedEmpty: removed },
    });
    return { changeSetId: into, moved: moving.length, removed };
  });
}
