import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { submitChangeSetIn } from "../change-sets/submit-change-set.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";

/**
 * Sends one's draft to review — with the rest of its change set, since a change set is reviewed
 * and published as one (a single edit is a change set of one).
 */
export async function submitRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertCan(actor, "revision.submit");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: revisionId }, select: { changeSetId: true, authorId: true, status: true } });
    if (!revision) throw new NotFoundError("That revision does not exist.");
    assertCan(actor, "revision.submit", revision);
    await submitChangeSetIn(tx, actor, revision.changeSetId);
    return { revisionId, changeSetId: revision.changeSetId };
  });
}
