import type { Db } from "@atlas/db";

import { assertRole, type Actor } from "../auth/actor.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { NotFoundError } from "../errors.ts";
import { diffPayloads } from "./diff-payloads.ts";

/**
 * A revision with its field-level diff against what is published. Editors see their own and
 * every published one (the entry's history); admins see every revision (they review them).
 */
export async function getRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: { revisionId: string } }) {
  assertRole(actor, "EDITOR");
  const revision = await db.revision.findUnique({
    where: { id: input.revisionId },
    include: { entry: true, author: { select: { id: true, name: true, email: true } }, reviewer: { select: { id: true, name: true } } },
  });
  if (!revision || (revision.authorId !== actor.id && actor.role !== "ADMIN" && revision.status !== "PUBLISHED")) throw new NotFoundError("That revision does not exist.");
  const published = await latestPublishedPayload(db, revision.entryId);
  const after = revision.action === "UPSERT" ? revision.payload : null;
  const diff = await diffPayloads(db, revision.kind, published?.payload ?? null, after);
  return {
    revision,
    published,
    diff,
    conflict: revision.entry.version !== revision.baseVersion && ["DRAFT", "CHANGES_REQUESTED", "SUBMITTED"].includes(revision.status),
  };
}
