import type { Db } from "@atlas/db";

import { assertRole, type Actor } from "../auth/actor.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { parseOrThrow, StateError } from "../errors.ts";
import { loadOwnRevision } from "./load-own-revision.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";

/** Abandons one's draft; it stays in the entry's history as withdrawn. */
export async function discardDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertRole(actor, "EDITOR");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await loadOwnRevision(tx, actor, revisionId);
    if (revision.status !== "DRAFT" && revision.status !== "CHANGES_REQUESTED") throw new StateError("Only an unsubmitted draft can be discarded.");
    await tx.revision.update({ where: { id: revisionId }, data: { status: "WITHDRAWN" } });
    await writeAudit(tx, { actor, action: "revision.discard", targetType: "Revision", targetId: revisionId, data: { entryId: revision.entryId } });
    return { revisionId };
  });
}
