import { randomBytes } from "node:crypto";

import type { z } from "zod";

import type { Db, Prisma, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan, EDITABLE_STATES } from "../auth/permissions.ts";
import { openRevisionsOf, pendingOf } from "../change-sets/change-set-entries.ts";
import { openChangeSet } from "../change-sets/open-change-set.ts";
import { lockDraftSlot, lockRevision } from "../entries/row-locks.ts";
import { ConflictError, NotFoundError, parseOrThrow, StateError } from "../errors.ts";
import { KINDS } from "../kinds/registry.ts";
import { checkDraft } from "./check-draft.ts";
import { ZSaveDraft, type TSaveDraft } from "./schemas.ts";

/**
 * Saves an editor's draft: never touches what the public sees. A draft may be incomplete (a
 * field still empty, no source yet, a link to an entry still being written); what cannot be
 * stored is refused, the rest is saved and what is missing is returned (submission asks for it).
 * One open draft per editor and entry: saving again updates it. A new entry gets its id now and
 * stays invisible until approved. Drafts join a change set: the one named, or a new one.
 */
export async function saveDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TSaveDraft }) {
  assertCan(actor, "revision.create");
  const parsed = parseOrThrow(ZSaveDraft, input);
  return db.$transaction((tx) => saveDraftIn(tx, actor, parsed));
}

/** The work of saveDraft inside a caller's transaction (saveAndSubmitDraft submits in the same one). */
export async function saveDraftIn(tx: Tx, actor: Actor, input: z.output<typeof ZSaveDraft>) {
  const { kind, entryId, revisionId, payload: raw, message, baseUpdatedAt } = input;
  let revision = revisionId ? await lockRevision(tx, revisionId) : null;
  if (revisionId && !revision) throw new NotFoundError("That draft no longer exists.");
  if (revision) assertCan(actor, "revision.edit", revision);
  const targetId = revision?.entryId ?? entryId ?? `${KINDS[kind].idPrefix}_${randomBytes(6).toString("hex")}`;
  await lockDraftSlot(tx, actor.id, targetId);
  const entry = await tx.entry.findUnique({ where: { id: targetId } });
  if ((entryId || revision) && !entry) throw new NotFoundError("That entry does not exist.");
  if (entry && entry.kind !== kind) throw new StateError(`That entry is a ${entry.kind.toLowerCase()}, not a ${kind.toLowerCase()}.`);
  if (entry?.status === "DELETED") throw new StateError("That entry was deleted; revert it from its history first.");
  revision ??= await tx.revision.findFirst({
    where: { entryId: targetId, authorId: actor.id, status: { in: [...EDITABLE_STATES] }, action: "UPSERT" },
    orderBy: { createdAt: "desc" },
    include: { entry: true },
  });
  // Autosave and a second tab: a save based on an older copy of the draft must not overwrite a newer one.
  if (revision && baseUpdatedAt && revision.updatedAt.getTime() !== baseUpdatedAt.getTime())
    throw new ConflictError(
      `This draft was saved elsewhere at ${revision.updatedAt.toISOString().slice(11, 19)} UTC (another tab?). Your text is still here: reload to see the newer one, or copy yours first.`,
      {
        revisionId: revision.id,
        savedAt: revision.updatedAt.toISOString(),
        saved: revision.payload,
        yours: raw,
      },
    );

  const changeSetId = revision?.changeSetId ?? (await openChangeSet(tx, actor, input.changeSetId));
  const others = (await openRevisionsOf(tx, changeSetId)).filter((r) => r.entryId !== targetId);
  const pending = pendingOf([...others, { entryId: targetId, kind, action: "UPSERT", payload: raw }]);
  const { payload, label, missing } = await checkDraft(tx, kind, targetId, raw, pending);
  const json = payload as Prisma.InputJsonObject;
  if (!entry) await tx.entry.create({ data: { id: targetId, kind, label } });
  const saved = revision
    ? await tx.revision.update({ where: { id: revision.id }, data: { payload: json, label, message, status: "DRAFT" } })
    : await tx.revision.create({
        data: { entryId: targetId, kind, payload: json, label, message, baseVersion: entry?.version ?? 0, authorId: actor.id, status: "DRAFT", changeSetId },
      });
  if (!entry || entry.version === 0) await tx.entry.update({ where: { id: targetId }, data: { label } });
  await tx.changeSet.update({ where: { id: changeSetId }, data: { updatedAt: new Date() } });
  // Authors hear about what they write (they can stop watching it).
  await tx.watch.upsert({ where: { userId_entryId: { userId: actor.id, entryId: targetId } }, create: { userId: actor.id, entryId: targetId }, update: {} });
  await writeAudit(tx, { actor, action: "revision.save", targetType: "Revision", targetId: saved.id, data: { entryId: targetId, kind, label } });
  return { revisionId: saved.id, entryId: targetId, changeSetId, label, missing, updatedAt: saved.updatedAt.toISOString() };
}
