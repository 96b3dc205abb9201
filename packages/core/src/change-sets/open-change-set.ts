import type { Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { isEditable } from "../auth/permissions.ts";
import { NotFoundError, StateError } from "../errors.ts";

/**
 * The change set a new draft joins: the one named (the author's own, still being written: none
 * of it submitted, scheduled or published), or a new one. A single edit is a change set of one.
 */
export async function openChangeSet(tx: Tx, actor: Actor, changeSetId: string | undefined, note: string | null = null): Promise<string> {
  if (!changeSetId) return (await tx.changeSet.create({ data: { authorId: actor.id, note }, select: { id: true } })).id;
  const set = await tx.changeSet.findUnique({ where: { id: changeSetId }, include: { revisions: { select: { status: true } } } });
  // Someone else's work in progress does not exist for this author (as its page says).
  if (!set || set.authorId !== actor.id) throw new NotFoundError("That change set does not exist.");
  if (set.revisions.some((r) => !isEditable(r.status) && r.status !== "WITHDRAWN" && r.status !== "REJECTED"))
    throw new StateError("That change set was already sent for review; start a new piece of work.");
  return set.id;
}
