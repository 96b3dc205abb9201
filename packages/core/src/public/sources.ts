import type { Db } from "@atlas/db";
import type { EntryKind, SourceKind, SourceReliability } from "@atlas/db/enums";

import { SOURCE_KIND_LABELS } from "../entries/labels.ts";
import { KINDS } from "../kinds/registry.ts";
import { SOURCE_GAP_LABELS, sourceGaps } from "../kinds/source/checkable.ts";
import { RELIABILITY_TIERS } from "../kinds/source/reliability.ts";
import { languageName } from "../names/country-names.ts";
import { pageOfPath, type PageRef } from "../routes.ts";
import { isSlug } from "../text.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { PUBLISHED } from "./published.ts";
import { getSite } from "./site.ts";

export type SourceListItem = {
  id: string;
  slug: string;
  title: string;
  kind: SourceKind;
  kindLabel: string;
  marker: string | null;
  publisher: string | null;
  /** Passages kept with the source itself. */
  excerpts: number;
  /** Every passage a page quotes under it: its own, and others' that name it as their source. */
  passages: number;
  citedBy: number;
  /** What a reader would need to find it and is not recorded (empty: checkable). */
  missing: string[];
  reliability: SourceReliability | null;
};

/** An entry that cites the source, and where readers find it. */
export type Citing = { id: string; kind: EntryKind; kindLabel: string; label: string; path: string; excerptId: string | null; locator: string | null; alternative: boolean };

/**
 * A passage pages quote under the source: one of its own excerpts, or another source's passage
 * that names this one (a sentence of the seed text carrying reference [7]), or a place in it
 * ("p. 12") cited without words.
 */
export type SourcePassage = {
  id: string;
  text: string | null;
  locator: string | null;
  /** The source the words are kept with, when it is another one. */
  quotedFrom: { slug: string; title: string } | null;
  citedBy: Citing[];
};

export type SourcePage = {
  source: {
    id: string;
    slug: string;
    title: string;
    kind: SourceKind;
    kindLabel: string;
    marker: string | null;
    author: string | null;
    publisher: string | null;
    url: string | null;
    archiveUrl: string | null;
    language: { code: string; name: string } | null;
    publishedOn: PublicDate | null;
    accessedOn: PublicDate | null;
    note: string | null;
    /** The editors' tier on the documented scale; null: not yet assessed. */
    reliability: { tier: SourceReliability; label: string; meaning: string } | null;
    /** What a reader would need to find it and is not recorded (empty: checkable). */
    missing: string[];
  };
  passages: SourcePassage[];
  /** Every published entry citing it (each once, with every passage it cites). */
  citedBy: Citing[];
  /** The pages those entries appear on, by name. */
  pages: { path: string; title: string }[];
};

const missingOf = (s: Parameters<typeof sourceGaps>[0]) => sourceGaps(s).map((g) => SOURCE_GAP_LABELS[g]);

/** Every published source, the seed text first, then by reference number and title. */
export async function listSources(db: Db): Promise<SourceListItem[]> {
  const sources = await db.source.findMany({
    where: PUBLISHED,
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      marker: true,
      author: true,
      publisher: true,
      url: true,
      publishedOn: true,
      accessedOn: true,
      reliability: true,
      _count: { select: { excerpts: true } },
    },
  });

  const citing = await db.citation.findMany({
    // Stryker disable next-line ObjectLiteral: the ids only narrow the query; each source counts its own rows by id below
    where: { sourceId: { in: sources.map((s) => s.id) }, entry: { status: "PUBLISHED" } },
    select: { sourceId: true, entryId: true, excerptId: true, locator: true, excerpt: { select: { sourceId: true } } },
  });

  return sources
    .map((s) => {
      const mine = citing.filter((c) => c.sourceId === s.id);
      const quoted = new Set(mine.filter((c) => c.excerpt?.sourceId !== s.id).map(passageKey));
      return {
        id: s.id,
        slug: s.slug,
        title: s.title,
        kind: s.kind,
        kindLabel: SOURCE_KIND_LABELS[s.kind],
        marker: s.marker,
        publisher: s.publisher,
        excerpts: s._count.excerpts,
        passages: s._count.excerpts + quoted.size,
        citedBy: new Set(mine.map((c) => c.entryId)).size,
        missing: missingOf({ ...s, published: s.publishedOn }),
        reliability: s.reliability,
      };
    })
    .sort((a, b) => Number(a.marker !== null) - Number(b.marker !== null) || Number(a.marker ?? 0) - Number(b.marker ?? 0) || a.title.localeCompare(b.title));
}

/** One passage per excerpt, or per place cited without words. */
const passageKey = (c: { excerptId: string | null; locator: string | null }) => c.excerptId ?? `at:${c.locator ?? ""}`;

export async function getSourcePage(db: Db, slug: string): Promise<SourcePage | null> {
  // Stryker disable next-line ConditionalExpression: no source is stored under a slug that fails isSlug, so the query finds none anyway; this skips it
  if (!isSlug(slug)) return null;
  const source = await db.source.findFirst({ where: { slug, ...PUBLISHED }, include: { excerpts: { orderBy: { position: "asc" } } } });
  if (!source) return null;
  const rows = await db.citation.findMany({
    where: { sourceId: source.id, entry: { status: "PUBLISHED" } },
    orderBy: [{ entry: { label: "asc" } }, { position: "asc" }],
    select: {
      excerptId: true,
      locator: true,
      alternativeId: true,
      excerpt: { select: { text: true, position: true, source: { select: { id: true, slug: true, title: true } } } },
      // Stryker disable next-line ObjectLiteral: `search: {}` selects every column of the page's row, the path among them
      entry: { select: { id: true, kind: true, label: true, search: { select: { path: true } } } },
    },
  });
  const citing: Citing[] = rows.map((r) => ({
    id: r.entry.id,
    kind: r.entry.kind,
    kindLabel: KINDS[r.entry.kind].names.title,
    label: r.entry.label,
    path: r.entry.search?.path ?? "/",
    excerptId: r.excerptId,
    locator: r.locator,
    alternative: r.alternativeId !== null,
  }));
  const citedBy = citing.filter((c, i) => citing.findIndex((d) => d.id === c.id) === i);
  const own: SourcePassage[] = source.excerpts.map((e) => ({ id: e.id, text: e.text, locator: null, quotedFrom: null, citedBy: citing.filter((c) => c.excerptId === e.id) }));
  // Passages quoted under this source but kept elsewhere (or cited by place only), in their own source's order.
  const elsewhere = rows
    .filter((r) => r.excerpt?.source.id !== source.id)
    .sort((a, b) => (a.excerpt?.position ?? Infinity) - (b.excerpt?.position ?? Infinity) || (a.locator ?? "").localeCompare(b.locator ?? ""));
  const quoted = new Map<string, SourcePassage>();
  for (const r of elsewhere) {
    const key = passageKey(r);
    if (quoted.has(key)) continue;
    quoted.set(key, {
      id: r.excerptId ?? `${source.slug}-at-${quoted.size + 1}`,
      text: r.excerpt?.text ?? null,
      locator: r.excerptId ? null : r.locator,
      quotedFrom: r.excerpt ? { slug: r.excerpt.source.slug, title: r.excerpt.source.title } : null,
      citedBy: citing.filter((c) => passageKey(c) === key),
    });
  }
  return {
    source: {
      id: source.id,
      slug: source.slug,
      title: source.title,
      kind: source.kind,
      kindLabel: SOURCE_KIND_LABELS[source.kind],
      marker: source.marker,
      author: source.author,
      publisher: source.publisher,
      url: source.url,
      archiveUrl: source.archiveUrl,
      language: source.language ? { code: source.language, name: languageName(source.language) } : null,
      publishedOn: publicDate(source.publishedOn, source.publishedPrecision),
      accessedOn: day(source.accessedOn),
      note: source.note,
      reliability: source.reliability ? { tier: source.reliability, ...RELIABILITY_TIERS[source.reliability] } : null,
      missing: missingOf({ ...source, published: source.publishedOn }),
    },
    passages: [...own, ...quoted.values()],
    citedBy,
    pages: await pageTitles(db, [...new Set(citedBy.map((c) => c.path.split("#")[0]!))]),
  };
}

const day = (d: Date | null) => publicDate(d, "DAY");

/**
 * The names of pages of the site, from their addresses ("/countries/china" → "China"). Only pages
 * of entries that cite come here: countries, events, organisations and people (sources cite
 * nothing), and the home page for the focus country's own summary.
 */
async function pageTitles(db: Db, paths: string[]): Promise<{ path: string; title: string }[]> {
  const refs = paths.map((path) => [path, pageOfPath(path)] as const).filter((x): x is readonly [string, PageRef] => x[1] !== null);
  // The slugs only narrow the look-ups below: a wider look-up finds the same name for each slug.
  // Stryker disable next-line ArrowFunction,LogicalOperator,ConditionalExpression,ArrayDeclaration: narrows the look-ups only (see above)
  const slugs = (route: string) => refs.flatMap(([, r]) => (r.route === route && "slug" in r ? [r.slug] : []));
  // Stryker disable ObjectLiteral: narrows the look-ups only (see above); `{}` also selects every column, the slug and name among them
  const [site, countries, events, organizations, people] = await Promise.all([
    getSite(db),
    db.country.findMany({ where: { slug: { in: slugs("country") } }, select: { slug: true, name: true } }),
    db.event.findMany({ where: { slug: { in: slugs("event") } }, select: { slug: true, title: true } }),
    db.organization.findMany({ where: { slug: { in: slugs("organization") } }, select: { slug: true, name: true } }),
    db.person.findMany({ where: { slug: { in: slugs("person") } }, select: { slug: true, name: true } }),
  ]);
  // Stryker restore ObjectLiteral
  const names: Record<string, Map<string, string>> = {
    country: new Map(countries.map((c) => [c.slug, `${site.focus.name} – ${c.name} relations`])),
    event: new Map(events.map((e) => [e.slug, e.title])),
    organization: new Map(organizations.map((o) => [o.slug, o.name])),
    person: new Map(people.map((p) => [p.slug, p.name])),
  };
  return refs
    .map(([path, r]) => ({ path, title: "slug" in r ? (names[r.route]?.get(r.slug) ?? path) : `${site.focus.name}'s foreign relations (home page)` }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
