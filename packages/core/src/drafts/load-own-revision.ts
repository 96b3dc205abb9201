import type { Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";

/** A revision the actor wrote (admins may act on anyone's only through review). */
export async function loadOwnRevision(tx: Tx, actor: Actor, revisionId: string) {
  const revision = await tx.revision.findUnique({ where: { id: revisionId }, include: { entry: true } });
  if (!revision) throw new NotFoundError("That revision does not exist.");
  if (revision.authorId !== actor.id) throw new ForbiddenError("Only its author can do that with a revision.");
  return revision;
}
