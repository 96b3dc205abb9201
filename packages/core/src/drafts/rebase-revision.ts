import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { loadRevisionFor } from "./load-revision-for.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";

/**
 * Resolves an edit conflict by keeping one's text on top of the newly published version: the
 * editor has seen both, and their draft now counts as written against the current version.
 */
export async function rebaseRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertCan(actor, "revision.rebase");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await loadRevisionFor(tx, actor, "revision.rebase", revisionId);
    if (revision.baseVersion === revision.entry.version) return { revisionId, baseVersion: revision.baseVersion };
    await tx.revision.update({ where: { id: revisionId }, data: { baseVersion: revision.entry.version } });
    await writeAudit(tx, {
      actor,
      action: "revision.save",
      targetType: "Revision",
      targetId: revisionId,
      data: { rebasedFrom: revision.baseVersion, rebasedTo: revision.entry.version },
    });
    return { revisionId, baseVersion: revision.entry.version };
  });
}
