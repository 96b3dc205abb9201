import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { ZRevisionRef, type TRevisionRef } from "../drafts/schemas.ts";
import { validatePayload } from "../drafts/validate-payload.ts";
import { publishedDependents } from "../entries/dependents.ts";
import { publishPayload } from "../entries/publish-payload.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { lockRevision } from "../entries/row-locks.ts";
import { unindexEntry } from "../entries/search-document.ts";
import { queueSearchRefresh } from "../entries/search-refresh.ts";
import { corePolicyFromEnv, type CorePolicy } from "../env.ts";
import { ConflictError, ForbiddenError, NotFoundError, parseOrThrow, StateError } from "../errors.ts";
import type { AnyPayload } from "../kinds/registry.ts";
import { enqueueRevalidation } from "../revalidation/outbox.ts";
import { tagsForChange } from "../revalidation/tags.ts";

/**
 * Publishes a submitted revision: the entry, everything it links and its search document change
 * in one transaction, with the pages to refresh recorded in the same transaction. Refuses a
 * revision whose base version is no longer the published one (nothing is overwritten silently).
 */
export async function approveRevision({ db, actor, input, policy = corePolicyFromEnv() }: { db: Db; actor: Actor | null; input: TRevisionRef; policy?: CorePolicy }) {
  assertCan(actor, "revision.approve");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  return db.$transaction(async (tx) => {
    const revision = await lockRevision(tx, revisionId);
    if (!revision) throw new NotFoundError("That revision does not exist.");
    assertCan(actor, "revision.approve", revision);
    const own = revision.authorId === actor.id;
    if (own && !policy.allowSelfApproval) throw new ForbiddenError("You cannot approve your own revision: another admin must review it.");
    const before = await latestPublishedPayload(tx, revision.entryId);
    if (revision.entry.version !== revision.baseVersion) {
      throw new ConflictError(
        `“${revision.entry.label}” was published as version ${revision.entry.version} after this revision was written against version ${revision.baseVersion}. Ask the author to bring their text onto the current version.`,
        {
          entryId: revision.entryId,
          revisionId,
          baseVersion: revision.baseVersion,
          currentVersion: revision.entry.version,
          published: before?.payload ?? null,
          yours: revision.payload,
        },
      );
    }

    let version: number;
    let after: AnyPayload | null = null;
    if (revision.action === "UPSERT") {
      const { payload } = await validatePayload(tx, revision.kind, revision.entryId, revision.payload);
      ({ version } = await publishPayload(tx, { id: revision.entryId, kind: revision.kind, payload, revisionId }));
      after = payload;
    } else {
      const dependents = await publishedDependents(tx, revision.kind, revision.entryId);
      if (dependents.count)
        throw new StateError(`Still used by published entries: ${dependents.labels.join("; ")}${dependents.count > dependents.labels.length ? "…" : ""}. Change those first.`);
      version = revision.entry.version + 1;
      await tx.entry.update({ where: { id: revision.entryId }, data: { status: revision.action === "DELETE" ? "DELETED" : "UNPUBLISHED", version } });
      await tx.revision.update({ where: { id: revisionId }, data: { status: "PUBLISHED", publishedVersion: version } });
      await unindexEntry(tx, revision.entryId);
      await queueSearchRefresh(tx, { id: revision.entryId, kind: revision.kind, before: before?.payload ?? null, after: null });
    }
    const now = new Date();
    await tx.revision.update({ where: { id: revisionId }, data: { reviewerId: actor.id, reviewedAt: now } });
    const tags = await tagsForChange(tx, { kind: revision.kind, before: before?.payload ?? null, after });
    const jobId = await enqueueRevalidation(tx, {
      tags,
      reason: `${revision.action === "UPSERT" ? "Published" : revision.action === "DELETE" ? "Deleted" : "Unpublished"} “${revision.label}”`,
      revisionId,
    });
    await writeAudit(tx, {
      actor,
      action: "revision.approve",
      targetType: "Revision",
      targetId: revisionId,
      data: { entryId: revision.entryId, version, ...(own ? { selfApproved: true } : {}) },
    });
    await writeAudit(tx, {
      actor,
      action: revision.action === "UPSERT" ? "entry.publish" : revision.action === "DELETE" ? "entry.delete" : "entry.unpublish",
      targetType: revision.kind,
      targetId: revision.entryId,
      data: { version, label: revision.label },
    });
    return { revisionId, entryId: revision.entryId, version, jobId };
  });
}
