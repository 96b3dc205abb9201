import type { Tx } from "@atlas/db";

import { isOpen } from "../auth/permissions.ts";
import type { Pending } from "../entries/validate-entry.ts";

/** The revisions of a change set still on their way (not rejected, withdrawn or published). */
export async function openRevisionsOf(tx: Tx, changeSetId: string) {
  const revisions = await tx.revision.findMany({ where: { changeSetId }, orderBy: { createdAt: "asc" }, include: { entry: true } });
  return revisions.filter((r) => isOpen(r.status) || r.status === "SCHEDULED");
}

/** The passage ids a source's payload lists (any payload: a draft may be half written). */
export const excerptIdsOf = (payload: unknown): string[] => {
  const excerpts = (payload as { excerpts?: unknown } | null)?.excerpts;
  return Array.isArray(excerpts) ? excerpts.map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === "string") : [];
};

/**
 * What a change set will publish together: its entries, and the excerpts its sources bring, so
 * that an event may cite a passage of a source created in the same piece of work. `elsewhere`:
 * the author's work in their other change sets (see workElsewhere), which may be linked too.
 */
export function pendingOf(revisions: { entryId: string; kind: string; action: string; payload: unknown }[], elsewhere?: Map<string, string>): Pending {
  const entries = new Set(revisions.filter((r) => r.action === "UPSERT").map((r) => r.entryId));
  const excerpts = new Set(revisions.filter((r) => r.kind === "SOURCE" && r.action === "UPSERT").flatMap((r) => excerptIdsOf(r.payload)));
  return { entries, excerpts, elsewhere: elsewhere ?? new Map() };
}

/** Locks every revision of a change set, then their entries (ids in order: no two transactions wait on each other). */
export async function lockChangeSet(tx: Tx, changeSetId: string) {
  await tx.$queryRaw`SELECT 1 FROM "ChangeSet" WHERE "id" = ${changeSetId} FOR UPDATE`;
  const rows = await tx.$queryRaw<{ entryId: string }[]>`SELECT "entryId" FROM "Revision" WHERE "changeSetId" = ${changeSetId} ORDER BY "id" FOR UPDATE`;
  const entryIds = [...new Set(rows.map((r) => r.entryId))].sort();
  if (entryIds.length) await tx.$queryRaw`SELECT 1 FROM "Entry" WHERE "id" = ANY(${entryIds}::text[]) ORDER BY "id" FOR UPDATE`;
  return tx.revision.findMany({ where: { changeSetId }, orderBy: { createdAt: "asc" }, include: { entry: true } });
}
