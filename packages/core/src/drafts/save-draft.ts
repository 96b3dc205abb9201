import { randomBytes } from "node:crypto";

import type { z } from "zod";

import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan, EDITABLE_STATES } from "../auth/permissions.ts";
import { lockDraftSlot, lockRevision } from "../entries/row-locks.ts";
import { NotFoundError, parseOrThrow, StateError } from "../errors.ts";
import { KINDS } from "../kinds/registry.ts";
import { ZSaveDraft, type TSaveDraft } from "./schemas.ts";
import { validatePayload } from "./validate-payload.ts";

/**
 * Saves an editor's draft: never touches what the public sees. One open draft per editor and
 * entry: saving again updates it. A new entry gets its id now and stays invisible until approved.
 */
export async function saveDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TSaveDraft }) {
  assertCan(actor, "revision.create");
  const parsed = parseOrThrow(ZSaveDraft, input);
  return db.$transaction((tx) => saveDraftIn(tx, actor, parsed));
}

/** The work of saveDraft inside a caller's transaction (saveAndSubmitDraft submits in the same one). */
export async function saveDraftIn(tx: Tx, actor: Actor, { kind, entryId, revisionId, payload: raw, message }: z.output<typeof ZSaveDraft>) {
  let revision = revisionId ? await lockRevision(tx, revisionId) : null;
  if (revisionId && !revision) throw new NotFoundError("That draft no longer exists.");
  if (revision) {
    assertCan(actor, "revision.edit", revision);
  }
  const targetId = revision?.entryId ?? entryId ?? `${KINDS[kind].idPrefix}_${randomBytes(6).toString("hex")}`;
  await lockDraftSlot(tx, actor.id, targetId);
  const entry = await tx.entry.findUnique({ where: { id: targetId } });
  if ((entryId || revision) && !entry) throw new NotFoundError("That entry does not exist.");
  if (entry && entry.kind !== kind) throw new StateError(`That entry is a ${entry.kind.toLowerCase()}, not a ${kind.toLowerCase()}.`);
  if (entry?.status === "DELETED") throw new StateError("That entry was deleted; revert it from its history first.");

  const { payload, label } = await validatePayload(tx, kind, targetId, raw);
  if (!entry) await tx.entry.create({ data: { id: targetId, kind, label } });
  revision ??= await tx.revision.findFirst({
    where: { entryId: targetId, authorId: actor.id, status: { in: [...EDITABLE_STATES] }, action: "UPSERT" },
    orderBy: { createdAt: "desc" },
    include: { entry: true },
  });
  const saved = revision
    ? await tx.revision.update({ where: { id: revision.id }, data: { payload, label, message, status: "DRAFT" } })
    : await tx.revision.create({
        data: { entryId: targetId, kind, payload, label, message, baseVersion: entry?.version ?? 0, authorId: actor.id, status: "DRAFT" },
      });
  if (!entry || entry.version === 0) await tx.entry.update({ where: { id: targetId }, data: { label } });
  await writeAudit(tx, { actor, action: "revision.save", targetType: "Revision", targetId: saved.id, data: { entryId: targetId, kind, label } });
  return { revisionId: saved.id, entryId: targetId };
}
