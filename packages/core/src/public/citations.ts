import type { Db } from "@atlas/db";

import { PUBLISHED } from "./published.ts";

export type PublicCitation = {
  source: { id: string; slug: string; title: string; marker: string | null; url: string | null; kind: string };
  excerpt: string | null;
  locator: string | null;
};

/** Citations of the given entries (published sources only), in the order editors gave them. */
export async function loadCitations(db: Db, entryIds: string[]): Promise<Map<string, PublicCitation[]>> {
  const rows = await db.citation.findMany({
    where: { entryId: { in: entryIds }, source: PUBLISHED },
    orderBy: [{ entryId: "asc" }, { position: "asc" }],
    select: {
      entryId: true,
      locator: true,
      source: { select: { id: true, slug: true, title: true, marker: true, url: true, kind: true } },
      excerpt: { select: { text: true } },
    },
  });
  const byEntry = new Map<string, PublicCitation[]>();
  for (const r of rows) {
    const list = byEntry.get(r.entryId) ?? [];
    list.push({ source: r.source, excerpt: r.excerpt?.text ?? null, locator: r.locator });
    byEntry.set(r.entryId, list);
  }
  return byEntry;
}

export type Reference = { n: number; citation: PublicCitation; citedBy: string[] };

/**
 * Numbers a page's citations as footnotes, in reading order: the same source and passage cited
 * by several statements gets one number. `notes` gives each statement its footnote numbers.
 */
export function numberReferences(statements: { key: string; citations: PublicCitation[] }[]): { notes: Map<string, number[]>; references: Reference[] } {
  const byIdentity = new Map<string, Reference>();
  const notes = new Map<string, number[]>();
  for (const { key, citations } of statements) {
    const numbers: number[] = [];
    for (const citation of citations) {
      const identity = `${citation.source.id}\u0000${citation.excerpt ?? ""}\u0000${citation.locator ?? ""}`;
      let ref = byIdentity.get(identity);
      if (!ref) {
        ref = { n: byIdentity.size + 1, citation, citedBy: [] };
        byIdentity.set(identity, ref);
      }
      if (!ref.citedBy.includes(key)) ref.citedBy.push(key);
      if (!numbers.includes(ref.n)) numbers.push(ref.n);
    }
    notes.set(key, numbers);
  }
  return { notes, references: [...byIdentity.values()] };
}
