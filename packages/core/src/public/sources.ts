import type { Db } from "@atlas/db";
import type { EntryKind, SourceKind } from "@atlas/db/enums";

import { SOURCE_KIND_LABELS } from "../entries/labels.ts";
import { KINDS } from "../kinds/registry.ts";
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
  excerpts: number;
  citedBy: number;
};

/** An entry that cites the source, and where readers find it. */
export type Citing = { id: string; kind: EntryKind; kindLabel: string; label: string; path: string; excerptId: string | null; locator: string | null; alternative: boolean };

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
    publishedOn: PublicDate | null;
    accessedOn: PublicDate | null;
    note: string | null;
  };
  excerpts: { id: string; text: string; position: number; citedBy: Citing[] }[];
  /** Every published entry citing it (each once, with every passage it cites). */
  citedBy: Citing[];
  /** The pages those entries appear on, by name. */
  pages: { path: string; title: string }[];
};

/** Every published source, the seed text first, then by reference number and title. */
export async function listSources(db: Db): Promise<SourceListItem[]> {
  const sources = await db.source.findMany({
    where: PUBLISHED,
    select: { id: true, slug: true, title: true, kind: true, marker: true, publisher: true, _count: { select: { excerpts: true } } },
  });

  const citing = await db.citation.findMany({
    // Stryker disable next-line ObjectLiteral: the ids only narrow the query; each source counts its own rows by id below
    where: { sourceId: { in: sources.map((s) => s.id) }, entry: { status: "PUBLISHED" } },
    distinct: ["sourceId", "entryId"],
    select: { sourceId: true },
  });

  return sources
    .map((s) => ({
      id: s.id,
      slug: s.slug,
      title: s.title,
      kind: s.kind,
      kindLabel: SOURCE_KIND_LABELS[s.kind],
      marker: s.marker,
      publisher: s.publisher,
      excerpts: s._count.excerpts,
      citedBy: citing.filter((c) => c.sourceId === s.id).length,
    }))
    .sort((a, b) => Number(a.marker !== null) - Number(b.marker !== null) || Number(a.marker ?? 0) - Number(b.marker ?? 0) || a.title.localeCompare(b.title));
}

const day = (d: Date | null) => publicDate(d, "DAY");

export async function getSourcePage(db: Db, slug: string): Promise<SourcePage | null> {
  // Stryker disable next-line ConditionalExpression: no source is stored under a slug that fails isSlug, so the query finds none anyway; this skips it
  if (!isSlug(slug)) return null;
  const source = await db.source.findFirst({ where: { slug, ...PUBLISHED }, include: { excerpts: { orderBy: { position: "asc" } } } });
  if (!source) return null;
  const rows = await db.citation.findMany({
    where: { sourceId: source.id, entry: { status: "PUBLISHED" } },
    orderBy: [{ entry: { label: "asc" } }, { position: "asc" }],
    // Stryker disable next-line ObjectLiteral: `search: {}` selects every column of the page's row, the path among them
    select: { excerptId: true, locator: true, alternativeId: true, entry: { select: { id: true, kind: true, label: true, search: { select: { path: true } } } } },
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
      publishedOn: day(source.publishedOn),
      accessedOn: day(source.accessedOn),
      note: source.note,
    },
    excerpts: source.excerpts.map((e) => ({ id: e.id, text: e.text, position: e.position, citedBy: citing.filter((c) => c.excerptId === e.id) })),
    citedBy,
    pages: await pageTitles(db, [...new Set(citedBy.map((c) => c.path.split("#")[0]!))]),
  };
}

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
