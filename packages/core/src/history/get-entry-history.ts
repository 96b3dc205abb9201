import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, can, hasRole } from "../auth/permissions.ts";
import { idOrNotFound, NotFoundError } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";
import { diffPayloads } from "../review/diff-payloads.ts";
import { REVISION_STATE_SELECT, revisionState } from "../review/revision-state.ts";

/** An entry and all its revisions, newest first: who, when, what status, what version. */
export async function getEntryHistory({ db, actor, input }: { db: Db; actor: Actor | null; input: { entryId: string } }) {
  assertCan(actor, "entry.read");
  const entryId = idOrNotFound(ZEntryId, input.entryId, "That entry does not exist.");
  const entry = await db.entry.findUnique({ where: { id: entryId }, include: { search: { select: { path: true } } } });
  if (!entry) throw new NotFoundError("That entry does not exist.");
  assertCan(actor, "entry.view", entry);
  const revisions = await db.revision.findMany({
    where: { entryId, ...(hasRole(actor, "ADMIN") ? {} : { OR: [{ authorId: actor.id }, { status: "PUBLISHED" }] }) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      baseVersion: true,
      message: true,
      reviewComment: true,
      createdAt: true,
      submittedAt: true,
      reviewedAt: true,
      author: { select: { id: true, name: true } },
      reviewer: { select: { id: true, name: true } },
      ...REVISION_STATE_SELECT,
    },
  });
  return { entry, revisions: revisions.map((r) => ({ ...r, state: revisionState(r) })) };
}

/** Field-level diff between any two revisions of the same entry. */
export async function diffRevisions({ db, actor, input }: { db: Db; actor: Actor | null; input: { from: string; to: string } }) {
  assertCan(actor, "entry.read");
  const ids = z.object({ from: z.uuid(), to: z.uuid() }).safeParse(input);
  if (!ids.success) throw new NotFoundError("Those two revisions cannot be compared.");
  const [a, b] = await Promise.all([db.revision.findUnique({ where: { id: ids.data.from } }), db.revision.findUnique({ where: { id: ids.data.to } })]);
  const visible = (r: typeof a) => r && can(actor, "revision.read", r);
  if (!visible(a) || !visible(b) || a!.entryId !== b!.entryId) throw new NotFoundError("Those two revisions cannot be compared.");
  return { from: a!, to: b!, diff: await diffPayloads(db, a!.kind, a!.payload, b!.payload) };
}
