import { z } from "zod";

import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { ZReviewDecision } from "../drafts/schemas.ts";
import { NotFoundError, parseOrThrow, ValidationError } from "../errors.ts";
import { notify } from "../inbox/notify.ts";
import { lockChangeSet } from "./change-set-entries.ts";

export const ZReturnChangeSet = z.object({
  changeSetId: z.uuid({ error: "Not a valid change set." }),
  /** What the reviewer says about each entry they comment on: "changes" (revise it) or "reject" (for good). */
  decisions: z
    .array(ZReviewDecision.extend({ decision: z.enum(["changes", "reject"], { error: "Choose what to do with it." }) }))
    .min(1, { error: "Say what needs to change." })
    .max(100),
});
export type TReturnChangeSet = z.input<typeof ZReturnChangeSet>;

/**
 * An admin's "not yet" or "no": the change set goes back to its author, each entry with its own
 * comment — "reject" ends that entry's revision for good, "changes" lets the author revise it.
 * Entries the reviewer said nothing about go back too (the set is published whole or not at all).
 * The author finds each comment in their inbox. Nothing reaches the public.
 */
export async function returnChangeSet({ db, actor, input }: { db: Db; actor: Actor | null; input: TReturnChangeSet }) {
  assertCan(actor, "revision.reject");
  const { changeSetId, decisions } = parseOrThrow(ZReturnChangeSet, input);
  return db.$transaction(async (tx) => {
    const all = await lockChangeSet(tx, changeSetId);
    if (!all.length) throw new NotFoundError("That change set does not exist.");
    const byId = new Map(decisions.map((d) => [d.revisionId, d]));
    for (const d of decisions) {
      const r = all.find((x) => x.id === d.revisionId);
      if (!r) throw new ValidationError({ decisions: [`That revision is not part of this change set.`] });
      assertCan(actor, "revision.reject", r);
    }
    const now = new Date();
    const returned = all.filter((r) => r.status === "SUBMITTED");
    for (const r of returned) {
      const d = byId.get(r.id);
      const final = d?.decision === "reject";
      await tx.revision.update({
        where: { id: r.id },
        data: { status: final ? "REJECTED" : "CHANGES_REQUESTED", reviewerId: actor.id, reviewComment: d?.comment ?? null, reviewedAt: now },
      });
      await writeAudit(tx, {
        actor,
        action: final ? "revision.reject" : "revision.request_changes",
        targetType: "Revision",
        targetId: r.id,
        data: { entryId: r.entryId, comment: d?.comment ?? null, changeSetId },
      });
    }
    await writeAudit(tx, { actor, action: "changeset.return", targetType: "ChangeSet", targetId: changeSetId, data: { revisions: returned.length } });
    const authorId = returned[0]?.authorId;
    if (authorId)
      await notify(
        tx,
        decisions.map((d) => {
          const r = returned.find((x) => x.id === d.revisionId)!;
          const rejected = d.decision === "reject";
          return {
            userId: authorId,
            kind: rejected ? ("REJECTED" as const) : ("CHANGES_REQUESTED" as const),
            message: rejected ? `“${r.label}” was rejected.` : `“${r.label}” needs changes before it can be published.`,
            comment: d.comment,
            changeSetId,
            entryId: r.entryId,
            revisionId: r.id,
          };
        }),
      );
    return { changeSetId };
  });
}
