import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { returnChangeSet } from "../change-sets/return-change-set.ts";
import { ZReviewDecision, type TReviewDecision } from "../drafts/schemas.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";

/**
 * An admin's "no" on one revision: `final` rejects it for good; otherwise the author is asked for
 * changes and can edit and resubmit. Its change set goes back with it (see returnChangeSet).
 */
export async function rejectRevision({ db, actor, input, final }: { db: Db; actor: Actor | null; input: TReviewDecision; final: boolean }) {
  assertCan(actor, "revision.reject");
  const { revisionId, comment } = parseOrThrow(ZReviewDecision, input);
  const revision = await db.revision.findUnique({ where: { id: revisionId }, select: { changeSetId: true } });
  if (!revision) throw new NotFoundError("That revision does not exist.");
  await returnChangeSet({ db, actor, input: { changeSetId: revision.changeSetId, decisions: [{ revisionId, comment, decision: final ? "reject" : "changes" }] } });
  return { revisionId };
}
