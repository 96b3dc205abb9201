import { isDeepStrictEqual } from "node:util";

import type { Db, Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { enqueueJobs } from "../jobs/enqueue-job.ts";
import { kindOf, type AnyPayload } from "../kinds/registry.ts";
import { publishedDependentIds } from "./dependents.ts";
import { indexEntries, type IndexedEntry } from "./search-document.ts";

/** Entries per refresh job: each runs in one short transaction. */
export const REFRESH_BATCH = 1000;

/**
 * After a publish, in its transaction: queue the refresh of whatever quotes the entry — only when
 * a quoted field changed. The work itself runs after commit, in the job worker.
 */
export async function queueSearchRefresh(tx: Tx, change: { id: string; kind: EntryKind; before: AnyPayload | null; after: AnyPayload | null }): Promise<void> {
  const { before, after } = change;
  const fields: string[] = kindOf(change.kind).quotedFields;
  const quotedChanged = before && fields.some((f) => !isDeepStrictEqual((before as Record<string, unknown>)[f], (after as Record<string, unknown> | null)?.[f]));
  if (quotedChanged) await enqueueJobs(tx, "search.plan-refresh", [{ entryId: change.id }]);
  const others = kindOf(change.kind).search.alsoRefresh?.(before, after) ?? [];
  if (others.length) await enqueueJobs(tx, "search.refresh", [{ ids: others }]);
}

/** Job: split the entries that quote this one into refresh batches (one query finds them all). */
export async function planSearchRefresh(db: Db, entryId: string): Promise<number> {
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { kind: true } });
  if (!entry) return 0;
  const ids = await publishedDependentIds(db, entry.kind, entryId);
  const batches: { ids: string[] }[] = [];
  for (let i = 0; i < ids.length; i += REFRESH_BATCH) batches.push({ ids: ids.slice(i, i + REFRESH_BATCH) });
  await db.$transaction((tx) => enqueueJobs(tx, "search.refresh", batches));
  return ids.length;
}

/** Labels computed again from the names they quote (a renamed country renames "Embassy of …"). */
async function relabel(tx: Tx, entries: IndexedEntry[]): Promise<IndexedEntry[]> {
  const referenced = entries.map((e) =>
    kindOf(e.kind)
      .references(e.payload)
      .map((r) => r.id),
  );
  const ids = [...new Set(referenced.flat())];
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: the ids only narrow the read (names are found by id below); with no ids no name is needed
  const rows = ids.length ? await tx.entry.findMany({ where: { id: { in: ids } }, select: { id: true, label: true } }) : [];
  const names = new Map(rows.map((r) => [r.id, r.label]));
  const relabelled = entries.map((e) => ({ ...e, label: kindOf(e.kind).label(e.payload, names) }));
  // Stryker disable next-line MethodExpression: writing a label unchanged leaves it as it was; the filter only saves writes
  const changed = relabelled.filter((e, i) => e.label !== entries[i]!.label);
  if (changed.length) {
    await tx.$executeRaw`
      UPDATE "Entry" e SET "label" = u.label
      FROM unnest(${changed.map((c) => c.id)}::text[], ${changed.map((c) => c.label)}::text[]) AS u(id, label)
      WHERE e."id" = u.id`;
  }
  return relabelled;
}

/**
 * Rewrites the labels and search documents of these entries from their published payloads. The
 * rows are locked first, so a publish of one of them running at the same time either finishes
 * before (and is read) or waits until this is written.
 */
export async function refreshEntriesIn(tx: Tx, ids: string[]): Promise<void> {
  const rows = await tx.$queryRaw<IndexedEntry[]>`
    SELECT e."id", e."kind"::text AS kind, e."label", r."payload"
    FROM "Entry" e JOIN "Revision" r ON r."entryId" = e."id" AND r."publishedVersion" = e."version"
    WHERE e."id" = ANY(${ids}::text[]) AND e."status" = 'PUBLISHED' AND r."action" = 'UPSERT'
    FOR SHARE OF e`;
  await indexEntries(tx, await relabel(tx, rows));
}

/** Job: one batch of refreshEntriesIn, in a transaction of its own. */
export async function refreshEntries(db: Db, ids: string[]): Promise<void> {
  await db.$transaction((tx) => refreshEntriesIn(tx, ids));
}
