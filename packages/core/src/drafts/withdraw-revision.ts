import type { Db } from "@atlas/db";

import { assertRole, type Actor } from "../auth/actor.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { parseOrThrow, StateError } from "../errors.ts";
import { loadOwnRevision } from "./load-own-revision.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";

/** Takes one's submitted revision back out of the review queue, as a draft again. */
export async function withdrawRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertRole(actor, "EDITOR");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await loadOwnRevision(tx, actor, revisionId);
    if (revision.status !== "SUBMITTED") throw new StateError("Only a revision waiting for review can be withdrawn.");
    await tx.revision.update({ where: { id: revisionId }, data: { status: "DRAFT", submittedAt: null } });
    await writeAudit(tx, { actor, action: "revision.withdraw", targetType: "Revision", targetId: revisionId, data: { entryId: revision.entryId } });
    return { revisionId };
  });
}
