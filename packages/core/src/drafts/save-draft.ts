import { randomBytes } from "node:crypto";

import { dequal } from "dequal";
import type { z } from "zod";

import type { Db, Prisma, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan, EDITABLE_STATES } from "../auth/permissions.ts";
import { openRevisionsOf, pendingOf } from "../change-sets/change-set-entries.ts";
import { openChangeSet } from "../change-sets/open-change-set.ts";
import { workElsewhere } from "../change-sets/work-elsewhere.ts";
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
  const { kind, entryId, revisionId, payload: raw, message, baseDraftVersion } = input;
  let revision = revisionId ? await lockRevision(tx, revisionId) : null;
  if (revisionId && !revision) throw new NotFoundError("That draft no longer exists.");
  if (revision) assertCan(actor, "revision.edit", revision);
  const targetId = revision?.entryId ?? entryId ?? `${KINDS[kind].idPrefix}_${randomBytes(6).toString("hex")}`;
  await lockDraftSlot(tx, actor.id, targetId);
  const entry = await tx.entry.findUnique({ where: { id: targetId } });
  if ((entryId || revision) && !entry) throw new NotFoundError("That entry does not exist.");
  if (entry) assertCan(actor, "entry.draft", entry);
  if (entry && entry.kind !== kind) throw new StateError(`That entry is a ${entry.kind.toLowerCase()}, not a ${kind.toLowerCase()}.`);
  if (entry?.status === "DELETED") throw new StateError("That entry was deleted; revert it from its history first.");
  revision ??= await tx.revision.findFirst({
    where: { entryId: targetId, authorId: actor.id, status: { in: [...EDITABLE_STATES] }, action: "UPSERT" },
    orderBy: { createdAt: "desc" },
    include: { entry: true },
  });
  const stale = baseDraftVersion !== undefined && (revision?.draftVersion ?? 0) !== baseDraftVersion;

  const changeSetId = revision?.changeSetId ?? (await openChangeSet(tx, actor, input.changeSetId));
  const others = (await openRevisionsOf(tx, changeSetId)).filter((r) => r.entryId !== targetId);
  const pending = pendingOf([...others, { entryId: targetId, kind, action: "UPSERT", payload: raw }], await workElsewhere(tx, actor.id, changeSetId));
  const { payload, label, missing } = await checkDraft(tx, kind, targetId, raw, pending, actor.id);
  const note = message === undefined ? (revision?.message ?? null) : message;
  // Nothing new (a second click, a tab re-sending what it has, even from an older copy): no write, no audit.
  if (revision && dequal(revision.payload, asStored(payload)) && revision.message === note)
    return {
      revisionId: revision.id,
      entryId: targetId,
      changeSetId,
      label,
      missing,
      updatedAt: revision.updatedAt.toISOString(),
      draftVersion: revision.draftVersion,
      changed: false,
    };
  if (stale) throw editConflict(revision, baseDraftVersion);
  const json = payload as Prisma.InputJsonObject;
  if (!entry) await tx.entry.create({ data: { id: targetId, kind, label, createdById: actor.id } });
  const saved = revision
    ? await tx.revision.update({ where: { id: revision.id }, data: { payload: json, label, message: note, status: "DRAFT", draftVersion: { increment: 1 } } })
    : await tx.revision.create({
        data: { entryId: targetId, kind, payload: json, label, message: note, baseVersion: entry?.version ?? 0, authorId: actor.id, status: "DRAFT", changeSetId },
      });
  if (!entry || entry.version === 0) await tx.entry.update({ where: { id: targetId }, data: { label } });
  await tx.changeSet.update({ where: { id: changeSetId }, data: { updatedAt: new Date() } });
  // Authors hear about what they write (they can stop watching it).
  await tx.watch.upsert({ where: { userId_entryId: { userId: actor.id, entryId: targetId } }, create: { userId: actor.id, entryId: targetId }, update: {} });
  await writeAudit(tx, { actor, action: "revision.save", targetType: "Revision", targetId: saved.id, data: { entryId: targetId, kind, label, draftVersion: saved.draftVersion } });
  return { revisionId: saved.id, entryId: targetId, changeSetId, label, missing, updatedAt: saved.updatedAt.toISOString(), draftVersion: saved.draftVersion, changed: true };
}

/** What the database keeps of a payload (JSON: no undefined fields). */
const asStored = (payload: unknown): unknown => JSON.parse(JSON.stringify(payload));

type OpenDraft = { id: string; draftVersion: number; updatedAt: Date; payload: Prisma.JsonValue; message: string | null } | null;

/** A save from an older copy than the server's: refused with the newer copy, so that the editor can choose or merge. */
function editConflict(revision: OpenDraft, base: number) {
  if (!revision)
    return new ConflictError("The draft this tab was editing was submitted or discarded elsewhere. Your text is still here: copy it, or reload to start again.", {
      revisionId: null,
      draftVersion: 0,
      saved: null,
      savedMessage: null,
      base,
    });
  return new ConflictError(`This draft was saved elsewhere at ${revision.updatedAt.toISOString().slice(11, 19)} UTC (another tab?). Both texts are kept: choose or merge them.`, {
    revisionId: revision.id,
    draftVersion: revision.draftVersion,
    savedAt: revision.updatedAt.toISOString(),
    saved: revision.payload,
    savedMessage: revision.message,
    base,
  });
}
