import type { Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { lockRevision } from "../entries/row-locks.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";

/** A revision the actor wrote (admins may act on anyone's only through review), locked for the transaction. */
export async function loadOwnRevision(tx: Tx, actor: Actor, revisionId: string) {
  const revision = await lockRevision(tx, revisionId);
  if (!revision) throw new NotFoundError("That revision does not exist.");
  if (revision.authorId !== actor.id) throw new ForbiddenError("Only its author can do that with a revision.");
  return revision;
}
