import type { Db } from "@atlas/db";

import { assertRole, type Actor } from "../auth/actor.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { ZReviewDecision, type TReviewDecision } from "../drafts/schemas.ts";
import { lockRevision } from "../entries/row-locks.ts";
import { NotFoundError, parseOrThrow, StateError } from "../errors.ts";

/**
 * An admin's "no": `final` rejects the revision for good; otherwise the author is asked for
 * changes and can edit and resubmit. Either way the comment reaches the author.
 */
export async function rejectRevision({ db, actor, input, final }: { db: Db; actor: Actor | null; input: TReviewDecision; final: boolean }) {
  assertRole(actor, "ADMIN");
  const { revisionId, comment } = parseOrThrow(ZReviewDecision, input);
  return db.$transaction(async (tx) => {
    const revision = await lockRevision(tx, revisionId);
    if (!revision) throw new NotFoundError("That revision does not exist.");
    if (revision.status !== "SUBMITTED") throw new StateError(`Only a submitted revision can be reviewed; this one is ${revision.status.toLowerCase().replace("_", " ")}.`);
    await tx.revision.update({
      where: { id: revisionId },
      data: { status: final ? "REJECTED" : "CHANGES_REQUESTED", reviewerId: actor.id, reviewComment: comment, reviewedAt: new Date() },
    });
    await writeAudit(tx, {
      actor,
      action: final ? "revision.reject" : "revision.request_changes",
      targetType: "Revision",
      targetId: revisionId,
      data: { entryId: revision.entryId, comment },
    });
    return { revisionId };
  });
}
