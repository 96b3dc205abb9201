import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { loadRevisionFor } from "./load-revision-for.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";

/** Abandons one's draft; it stays in the entry's history as withdrawn. */
export async function discardDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertCan(actor, "revision.discard");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await loadRevisionFor(tx, actor, "revision.discard", revisionId);
    await tx.revision.update({ where: { id: revisionId }, data: { status: "WITHDRAWN" } });
    await writeAudit(tx, { actor, action: "revision.discard", targetType: "Revision", targetId: revisionId, data: { entryId: revision.entryId } });
    return { revisionId };
  });
}
