import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { ConflictError, parseOrThrow } from "../errors.ts";
import { loadRevisionFor } from "./load-revision-for.ts";
import { ZRevisionRef, type TRevisionRef } from "./schemas.ts";
import { validatePayload } from "./validate-payload.ts";

/** Sends one's draft to review. Refuses when the published entry moved on since the draft began. */
export async function submitRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevisionRef }) {
  assertCan(actor, "revision.submit");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction((tx) => submitRevisionIn(tx, actor, revisionId));
}

/** The work of submitRevision inside a caller's transaction. */
export async function submitRevisionIn(tx: Tx, actor: Actor, revisionId: string) {
  const revision = await loadRevisionFor(tx, actor, "revision.submit", revisionId);
  if (revision.entry.version !== revision.baseVersion) {
    const published = await latestPublishedPayload(tx, revision.entryId);
    throw new ConflictError(
      `“${revision.entry.label}” was published as version ${revision.entry.version} after your draft began from version ${revision.baseVersion}. Compare the two, then keep your text on top of the new version or start again from it. Nothing was overwritten.`,
      {
        entryId: revision.entryId,
        revisionId,
        baseVersion: revision.baseVersion,
        currentVersion: revision.entry.version,
        published: published?.payload ?? null,
        yours: revision.payload,
      },
    );
  }
  if (revision.action === "UPSERT") await validatePayload(tx, revision.kind, revision.entryId, revision.payload);
  await tx.revision.update({ where: { id: revisionId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
  await writeAudit(tx, { actor, action: "revision.submit", targetType: "Revision", targetId: revisionId, data: { entryId: revision.entryId, label: revision.label } });
  return { revisionId };
}
