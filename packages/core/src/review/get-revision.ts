import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, isOpen } from "../auth/permissions.ts";
import { ZRevisionId } from "../drafts/schemas.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { idOrNotFound, NotFoundError } from "../errors.ts";
import { diffPayloads } from "./diff-payloads.ts";
import { PENDING_TAKEDOWN, revisionState } from "./revision-state.ts";

/**
 * A revision with its field-level diff against what is published. Editors see their own and
 * every published one (the entry's history); admins see every revision (they review them).
 */
export async function getRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: { revisionId: string } }) {
  assertCan(actor, "revision.read");
  const revision = await db.revision.findUnique({
    where: { id: idOrNotFound(ZRevisionId, input.revisionId, "That revision does not exist.") },
    include: {
      entry: { include: { schedules: PENDING_TAKEDOWN } },
      author: { select: { id: true, name: true, email: true } },
      reviewer: { select: { id: true, name: true } },
      changeSet: { select: { id: true, note: true, publishAt: true, schedules: PENDING_TAKEDOWN, _count: { select: { revisions: true } } } },
    },
  });
  if (!revision) throw new NotFoundError("That revision does not exist.");
  assertCan(actor, "revision.read", revision);
  const published = await latestPublishedPayload(db, revision.entryId);
  const after = revision.action === "UPSERT" ? revision.payload : null;
  const diff = await diffPayloads(db, revision.kind, published?.payload ?? null, after);
  return {
    revision,
    published,
    diff,
    state: revisionState(revision),
    conflict: revision.entry.version !== revision.baseVersion && isOpen(revision.status),
  };
}
