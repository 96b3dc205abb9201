import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { ZReviewDecision, type TReviewDecision } from "../drafts/schemas.ts";
import { lockRevision } from "../entries/row-locks.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";

/**
 * An admin's "no": `final` rejects the revision for good; otherwise the author is asked for
 * changes and can edit and resubmit. Either way the comment reaches the author.
 */
export async function rejectRevision({ db, actor, input, final }: { db: Db; actor: Actor | null; input: TReviewDecision; final: boolean }) {
  assertCan(actor, "revision.reject");
  const { revisionId, comment } = parseOrThrow(ZReviewDecision, input);
  return db.$transaction(async (tx) => {
    const revision = await lockRevision(tx, revisionId);
    if (!revision) throw new NotFoundError("That revision does not exist.");
    assertCan(actor, "revision.reject", revision);
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
