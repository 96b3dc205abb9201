import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { approveChangeSet } from "../change-sets/approve-change-set.ts";
import { ZRevisionRef, type TRevisionRef } from "../drafts/schemas.ts";
import type { CorePolicy } from "../env.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";

/**
 * Publishes a submitted revision — with the rest of its change set, which is approved as one
 * (see approveChangeSet). Refuses a revision whose base version is no longer the published one.
 */
export async function approveRevision({ db, actor, input, policy }: { db: Db; actor: Actor | null; input: TRevisionRef; policy?: CorePolicy }) {
  assertCan(actor, "revision.approve");
  const { revisionId } = parseOrThrow(ZRevisionRef, input);
  // Stryker disable next-line BooleanLiteral: the approve permission reads only the status (self-approval is checked per change set); authorId is selected for the check's type
  const revision = await db.revision.findUnique({ where: { id: revisionId }, select: { changeSetId: true, entryId: true, status: true, authorId: true } });
  if (!revision) throw new NotFoundError("That revision does not exist.");
  // Says why this one cannot be (a draft, sent back…); the change set's approval checks again under lock.
  assertCan(actor, "revision.approve", revision);
  const result = await approveChangeSet({ db, actor, input: { changeSetId: revision.changeSetId }, ...(policy ? { policy } : {}) });
  return { revisionId, entryId: revision.entryId, changeSetId: revision.changeSetId, version: result.versions.get(revisionId) ?? null, jobId: result.jobId! };
}
