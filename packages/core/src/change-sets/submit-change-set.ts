import { z } from "zod";

import type { Db, Prisma, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan, isEditable } from "../auth/permissions.ts";
import { validatePayload } from "../drafts/validate-payload.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { ConflictError, IncompleteError, NotFoundError, parseOrThrow, ValidationError, type Missing } from "../errors.ts";
import { lockChangeSet, pendingOf } from "./change-set-entries.ts";
import { workElsewhere } from "./work-elsewhere.ts";

export const ZChangeSetRef = z.object({ changeSetId: z.uuid({ error: "Not a valid change set." }) });
export type TChangeSetRef = z.input<typeof ZChangeSetRef>;

/** Sends one's change set to review: every draft in it at once, each complete, or none of them. */
export async function submitChangeSet({ db, actor, input }: { db: Db; actor: Actor | null; input: TChangeSetRef }) {
  assertCan(actor, "revision.submit");
  const { changeSetId } = parseOrThrow(ZChangeSetRef, input);
  return db.$transaction((tx) => submitChangeSetIn(tx, actor, changeSetId));
}

/**
 * The work of submitChangeSet inside a caller's transaction. Completeness is checked entry by
 * entry (required fields, sources, links that exist once the change set is published) and every
 * gap is listed; a draft whose entry was published again meanwhile stops it with both versions.
 */
export async function submitChangeSetIn(tx: Tx, actor: Actor, changeSetId: string) {
  const all = await lockChangeSet(tx, changeSetId);
  if (!all.length) throw new NotFoundError("That change set does not exist.");
  const drafts = all.filter((r) => isEditable(r.status));
  if (!drafts.length) throw new ValidationError({}, "There is nothing in this change set to submit.");
  for (const r of drafts) assertCan(actor, "revision.submit", r);
  for (const r of drafts) {
    if (r.entry.version === r.baseVersion) continue;
    const published = await latestPublishedPayload(tx, r.entryId);
    throw new ConflictError(
      `“${r.entry.label}” was published as version ${r.entry.version} after your draft began from version ${r.baseVersion}. Compare the two, then keep your text on top of the new version or start again from it. Nothing was overwritten.`,
      { entryId: r.entryId, revisionId: r.id, baseVersion: r.baseVersion, currentVersion: r.entry.version, published: published?.payload ?? null, yours: r.payload },
    );
  }
  const pending = pendingOf(
    all.filter((r) => isEditable(r.status) || r.status === "SUBMITTED"),
    await workElsewhere(tx, actor.id, changeSetId),
  );
  const missing: Missing = [];
  const now = new Date();
  for (const r of drafts) {
    let payload = r.payload;
    let label = r.label;
    if (r.action === "UPSERT") {
      try {
        ({ payload, label } = await validatePayload(tx, r.kind, r.entryId, r.payload, { mode: "submit", pending, authorId: r.authorId ?? undefined }));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        missing.push({ revisionId: r.id, entryId: r.entryId, label: r.label, fieldErrors: error.fieldErrors });
        continue;
      }
    }
    // The payload as the schema reads it (trimmed, defaults filled) is what the reviewer sees.
    const normalised = r.action === "UPSERT" ? { payload: payload as Prisma.InputJsonValue, label } : {};
    await tx.revision.update({ where: { id: r.id }, data: { status: "SUBMITTED", submittedAt: now, ...normalised } });
    await writeAudit(tx, { actor, action: "revision.submit", targetType: "Revision", targetId: r.id, data: { entryId: r.entryId, label, changeSetId } });
  }
  if (missing.length) throw new IncompleteError(missing);
  return { changeSetId, revisionIds: drafts.map((r) => r.id) };
}
