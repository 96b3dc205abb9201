import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { publishedDependents } from "../entries/dependents.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { NotFoundError, parseOrThrow, StateError } from "../errors.ts";
import { ZEntryRef, type TEntryRef } from "./schemas.ts";

/**
 * Proposes taking an entry off the public site (unpublish) or deleting it; like any change, it
 * waits for an admin's approval, and the entry's history stays.
 */
export async function requestRemoval({ db, actor, input, action }: { db: Db; actor: Actor | null; input: TEntryRef; action: "UNPUBLISH" | "DELETE" }) {
  assertCan(actor, "revision.create");
  const { entryId, message } = parseOrThrow(ZEntryRef, input);
  return db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: entryId } });
    if (!entry) throw new NotFoundError("That entry does not exist.");
    if (action === "UNPUBLISH" && entry.status !== "PUBLISHED") throw new StateError("Only a published entry can be unpublished.");
    if (action === "DELETE" && entry.status === "DELETED") throw new StateError("That entry is already deleted.");
    if (entry.version === 0) throw new StateError("This entry was never published: discard its draft instead.");
    const dependents = await publishedDependents(tx, entry.kind, entryId);
    if (dependents.count)
      throw new StateError(
        `“${entry.label}” is still used by ${dependents.count} published ${dependents.count === 1 ? "entry" : "entries"}: ${dependents.labels.join("; ")}${dependents.count > dependents.labels.length ? "…" : ""}. Change those first.`,
      );
    const published = await latestPublishedPayload(tx, entryId);
    // A takedown is a piece of work of its own.
    const changeSet = await tx.changeSet.create({ data: { authorId: actor.id }, select: { id: true } });
    const revision = await tx.revision.create({
      data: {
        changeSetId: changeSet.id,
        entryId,
        kind: entry.kind,
        action,
        payload: published?.payload ?? undefined,
        label: entry.label,
        baseVersion: entry.version,
        authorId: actor.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        message,
      },
    });
    await writeAudit(tx, { actor, action: "revision.submit", targetType: "Revision", targetId: revision.id, data: { entryId, action, label: entry.label } });
    return { revisionId: revision.id };
  });
}
