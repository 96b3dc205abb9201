import type { Db, Prisma } from "@atlas/db";
import type { SourceReliability } from "@atlas/db/enums";

import { markerGroups, replaceMarkerGroups } from "../citations/markers.ts";
import { sourceGaps } from "../kinds/source/checkable.ts";
import { PUBLISHED } from "./published.ts";

export type PublicCitation = {
  source: {
    id: string;
    slug: string;
    title: string;
    marker: string | null;
    url: string | null;
    kind: string;
    reliability: SourceReliability | null;
    /** False while it lacks what a reader needs to find it (its page lists what). */
    checkable: boolean;
  };
  excerpt: string | null;
  locator: string | null;
};

/**
 * Citations of the given entries (published sources only), in the order editors gave them: of
 * their own values, or with `field`, of that one field (a relationship's "status").
 */
export async function loadCitations(db: Db, entryIds: string[], field: string | null = null): Promise<Map<string, PublicCitation[]>> {
  const rows = await db.citation.findMany({
    where: { entryId: { in: entryIds }, alternativeId: null, field, source: PUBLISHED },
    orderBy: [{ entryId: "asc" }, { position: "asc" }],
    select: {
      entryId: true,
      locator: true,
      source: { select: citedSourceSelect },
      excerpt: { select: { text: true } },
    },
  });
  const byEntry = new Map<string, PublicCitation[]>();
  for (const r of rows) {
    const list = byEntry.get(r.entryId) ?? [];
    list.push({ source: citedSource(r.source), excerpt: r.excerpt?.text ?? null, locator: r.locator });
    byEntry.set(r.entryId, list);
  }
  return byEntry;
}

/** What a citation reads of its source: what pages show, and what tells whether it can be checked. */
export const citedSourceSelect = {
  id: true,
  slug: true,
  title: true,
  marker: true,
  url: true,
  kind: true,
  reliability: true,
  author: true,
  publisher: true,
  publishedOn: true,
  accessedOn: true,
} as const;

type CitedSourceRow = Prisma.SourceGetPayload<{ select: typeof citedSourceSelect }>;

export function citedSource(row: CitedSourceRow): PublicCitation["source"] {
  const { author: _a, publisher: _p, publishedOn, accessedOn: _d, ...source } = row;
  return { ...source, checkable: sourceGaps({ ...row, published: publishedOn }).length === 0 };
}

type Passage = { excerpt: string | null; locator: string | null };

/** A footnote marker in the text: the reference it points to, and what it cites there (its preview). */
export type Footnote = { n: number; id: string; source: { slug: string; title: string }; passages: Passage[] };

/** One entry of a page's reference list: one per source, with every passage cited and the markers citing it. */
export type Reference = {
  n: number;
  source: PublicCitation["source"];
  passages: (Passage & { uses: { id: string; letter: string | null }[] })[];
};

/** Markdown whose inline markers became footnotes: `[^](#fn-2)` stands for `groups[2]`. */
export type CitedText = { markdown: string; groups: Footnote[][] };

export type Statement = { key: string; citations: PublicCitation[]; text?: string | null };

/** The link a group of markers becomes in the Markdown; the page renders it as its footnotes. */
export const FOOTNOTE_HREF = "#fn-";

/**
 * Footnotes for a page's statements, in reading order: one reference per source, numbered by
 * first use; each marker sits after the sentence its statement's text marks ([^n]), or after
 * the statement when its text marks none; back links are lettered a, b, c when a source is
 * cited more than once.
 */
export function footnote(statements: Statement[]): { notes: Map<string, Footnote[]>; texts: Map<string, CitedText>; references: Reference[] } {
  const refs = new Map<string, Reference>();
  const ids = new Set<string>();
  /** Each source's markers, in page order (their back links' letters). */
  const markers = new Map<string, string[]>();
  const notes = new Map<string, Footnote[]>();
  const texts = new Map<string, CitedText>();

  /** The footnotes of some citations of one statement, one per source, in number order. */
  const mark = (key: string, cited: PublicCitation[]): Footnote[] => {
    const bySource = new Map<string, PublicCitation[]>();
    for (const c of cited) bySource.set(c.source.id, [...(bySource.get(c.source.id) ?? []), c]);
    const marks = [...bySource.values()].map((list) => {
      const source = list[0]!.source;
      let ref = refs.get(source.id);
      if (!ref) {
        ref = { n: refs.size + 1, source, passages: [] };
        refs.set(source.id, ref);
      }
      let id = `cite-${key}-${ref.n}`;
      for (let k = 2; ids.has(id); k++) id = `cite-${key}-${ref.n}-${k}`;
      ids.add(id);
      markers.set(source.id, [...(markers.get(source.id) ?? []), id]);
      const passages = dedupe(list.map((c) => ({ excerpt: c.excerpt, locator: c.locator })));
      for (const p of passages) {
        let entry = ref.passages.find((x) => x.excerpt === p.excerpt && x.locator === p.locator);
        if (!entry) ref.passages.push((entry = { ...p, uses: [] }));
        entry.uses.push({ id, letter: null });
      }
      return { n: ref.n, id, source: { slug: source.slug, title: source.title }, passages };
    });
    return marks.sort((a, b) => a.n - b.n);
  };

  for (const s of statements) {
    const groups = s.text ? markerGroups(s.text) : [];
    const placed = new Set(groups.flat());
    if (s.text && groups.length) {
      const footnotes = groups.map((g) =>
        mark(
          s.key,
          g.map((n) => s.citations[n - 1]).filter((c): c is PublicCitation => Boolean(c)),
        ),
      );
      texts.set(s.key, { markdown: replaceMarkerGroups(s.text, (i) => `[^](${FOOTNOTE_HREF}${i})`), groups: footnotes });
    }
    notes.set(
      s.key,
      mark(
        s.key,
        s.citations.filter((_, i) => !placed.has(i + 1)),
      ),
    );
  }

  // Letters for back links, in page order, where a source is cited from more than one place.
  const references = [...refs.values()];
  for (const r of references) {
    const order = markers.get(r.source.id) ?? [];
    if (order.length > 1) for (const u of r.passages.flatMap((p) => p.uses)) u.letter = letter(order.indexOf(u.id));
  }
  return { notes, texts, references };
}

const dedupe = (list: Passage[]) => list.filter((p, i) => list.findIndex((q) => q.excerpt === p.excerpt && q.locator === p.locator) === i);

/** a…z, then aa, ab… (Wikipedia's back links). */
const letter = (i: number): string => (i < 26 ? String.fromCharCode(97 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));
