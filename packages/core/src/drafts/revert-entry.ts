import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";
import { ZRevertEntry, type TRevertEntry } from "./schemas.ts";

/** Starts a draft holding an earlier published version; it goes through review like any edit. */
export async function revertEntry({ db, actor, input }: { db: Db; actor: Actor | null; input: TRevertEntry }) {
  assertCan(actor, "revision.create");
  const { entryId, toVersion } = parseOrThrow(ZRevertEntry, input);
  return db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: entryId } });
    const old = await tx.revision.findFirst({ where: { entryId, publishedVersion: toVersion, action: "UPSERT" } });
    if (!entry || !old) throw new NotFoundError(`There is no published version ${toVersion} of that entry to go back to.`);
    const changeSet = await tx.changeSet.create({ data: { authorId: actor.id }, select: { id: true } });
    const revision = await tx.revision.create({
      data: {
        changeSetId: changeSet.id,
        entryId,
        kind: entry.kind,
        payload: old.payload ?? undefined,
        label: old.label,
        baseVersion: entry.version,
        authorId: actor.id,
        status: "DRAFT",
        message: `Back to version ${toVersion}`,
      },
    });
    await writeAudit(tx, { actor, action: "revision.save", targetType: "Revision", targetId: revision.id, data: { entryId, revertTo: toVersion } });
    return { revisionId: revision.id, entryId, changeSetId: changeSet.id };
  });
}
