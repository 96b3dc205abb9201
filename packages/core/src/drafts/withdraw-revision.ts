import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { loadRevisionFor } from "./load-revision-for.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";

/** Takes one's submitted revision back out of the review queue, as a draft again. */
export async function withdrawRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertCan(actor, "revision.withdraw");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await loadRevisionFor(tx, actor, "revision.withdraw", revisionId);
    await tx.revision.update({ where: { id: revisionId }, data: { status: "DRAFT", submittedAt: null } });
    await writeAudit(tx, { actor, action: "revision.withdraw", targetType: "Revision", targetId: revisionId, data: { entryId: revision.entryId } });
    return { revisionId };
  });
}
