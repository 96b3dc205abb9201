import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { lockChangeSet } from "../change-sets/change-set-entries.ts";
import { parseOrThrow } from "../errors.ts";
import { loadRevisionFor } from "./load-revision-for.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";

/**
 * Takes one's submitted revision back out of the review queue, as a draft again — with the rest of
 * its change set, which is reviewed and published as one (half a set could not be published).
 */
export async function withdrawRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertCan(actor, "revision.withdraw");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await loadRevisionFor(tx, actor, "revision.withdraw", revisionId);
    await lockChangeSet(tx, revision.changeSetId);
    const withdrawn = await tx.revision.findMany({ where: { changeSetId: revision.changeSetId, status: "SUBMITTED" }, select: { id: true, entryId: true } });
    await tx.revision.updateMany({ where: { id: { in: withdrawn.map((r) => r.id) } }, data: { status: "DRAFT", submittedAt: null } });
    for (const r of withdrawn)
      await writeAudit(tx, { actor, action: "revision.withdraw", targetType: "Revision", targetId: r.id, data: { entryId: r.entryId, changeSetId: revision.changeSetId } });
    return { revisionId };
  });
}
