import type { Db } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { kindOf } from "../kinds/registry.ts";
import { citedSource, citedSourceSelect, type PublicCitation } from "./citations.ts";
import { PUBLISHED } from "./published.ts";

/** Another reading of a disputed statement, with its own sources. */
export type PublicAlternative = { value: string; label: string; note: string | null; citations: PublicCitation[] };

/** A statement's competing readings: its own value is the preferred one, for `preferredReason`. */
export type Dispute = { field: string; preferredReason: string | null; alternatives: PublicAlternative[] };

/** The disputes of the given entries (only those that have other readings), by entry id. */
export async function loadDisputes(db: Db, entryIds: string[]): Promise<Map<string, Dispute>> {
  // Stryker disable next-line ConditionalExpression: a query for no ids finds nothing either; this only saves the round trip
  if (!entryIds.length) return new Map();
  const rows = await db.statementAlternative.findMany({
    where: { entryId: { in: entryIds } },
    orderBy: [{ entryId: "asc" }, { position: "asc" }],
    select: {
      entryId: true,
      field: true,
      value: true,
      note: true,
      // Stryker disable next-line ObjectLiteral: `entry: {}` selects every column of the entry, these two among them
      entry: { select: { kind: true, preferredReason: true } },
      citations: {
        where: { source: PUBLISHED },
        orderBy: { position: "asc" },
        select: { locator: true, source: { select: citedSourceSelect }, excerpt: { select: { text: true } } },
      },
    },
  });
  const disputes = new Map<string, Dispute>();
  for (const r of rows) {
    const dispute = disputes.get(r.entryId) ?? { field: r.field, preferredReason: r.entry.preferredReason, alternatives: [] };
    dispute.alternatives.push({
      value: r.value,
      label: labelOf(r.entry.kind, r.value),
      note: r.note,
      citations: r.citations.map((c) => ({ source: citedSource(c.source), excerpt: c.excerpt?.text ?? null, locator: c.locator })),
    });
    disputes.set(r.entryId, dispute);
  }
  return disputes;
}

// Stryker disable next-line OptionalChaining: only kinds that declare `disputable` can have other readings (their schemas alone take them)
const labelOf = (kind: EntryKind, value: string) => kindOf(kind).disputable?.label(value) ?? value;
