import type { Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, type RevisionPermission } from "../auth/permissions.ts";
import { lockRevision } from "../entries/row-locks.ts";
import { NotFoundError } from "../errors.ts";

/** A revision, locked for the transaction, once the actor may do this to it (see permissions.ts). */
export async function loadRevisionFor(tx: Tx, actor: Actor, permission: RevisionPermission, revisionId: string) {
  const revision = await lockRevision(tx, revisionId);
  if (!revision) throw new NotFoundError("That revision does not exist.");
  assertCan(actor, permission, revision);
  return revision;
}
