import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, EDITABLE_STATES } from "../auth/permissions.ts";
import { idOrNotFound, NotFoundError } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";
import { latestPublishedPayload } from "./published-payload.ts";

/**
 * What an editor starts from when editing an entry: their own open draft if they have one,
 * otherwise the published version.
 */
export async function getEntryForEdit({ db, actor, input }: { db: Db; actor: Actor | null; input: { entryId: string } }) {
  assertCan(actor, "entry.read");
  const entry = await db.entry.findUnique({ where: { id: idOrNotFound(ZEntryId, input.entryId, "That entry does not exist.") } });
  if (!entry) throw new NotFoundError("That entry does not exist.");
  assertCan(actor, "entry.draft", entry);
  const draft = await db.revision.findFirst({
    where: { entryId: entry.id, authorId: actor.id, status: { in: [...EDITABLE_STATES] }, action: "UPSERT" },
    // Stryker disable next-line ObjectLiteral: an author has one open draft of an entry at most (saveDraft reuses it under lockDraftSlot)
    orderBy: { updatedAt: "desc" },
    // Who sent it back, to show their comment on the form.
    include: { reviewer: { select: { name: true } } },
  });
  const published = await latestPublishedPayload(db, entry.id);
  return { entry, draft, payload: draft?.payload ?? published?.payload ?? null, publishedVersion: published?.version ?? 0 };
}
