import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { kindOf, type AnyPayload } from "../kinds/registry.ts";
import { pathOf, routes, type PagedRoute } from "../routes.ts";

/**
 * Cache tags of the public site. The web app tags each cached read with these; publishing
 * expires the ones an entry touches, before and after the change.
 */
export const TAGS = {
  /** Carried by every cached read: expiring it refreshes the whole site. */
  all: "atlas",
  site: "site",
  countries: "countries",
  country: (slug: string) => `country:${slug}`,
  timeline: "timeline",
  event: (slug: string) => `event:${slug}`,
  organizations: "organizations",
  organization: (slug: string) => `organization:${slug}`,
  person: (slug: string) => `person:${slug}`,
  /** Pages of sources, and the lists of sources and people. */
  sources: "sources",
  source: (slug: string) => `source:${slug}`,
  people: "people",
  feeds: "feeds",
  exports: "exports",
} as const;

/** The tag of the page an entry has of its own (by slug), per route. */
export const pageTag: Record<PagedRoute, (slug: string) => string> = {
  country: TAGS.country,
  event: TAGS.event,
  organization: TAGS.organization,
  person: TAGS.person,
  source: TAGS.source,
};

// Stryker disable next-line ArrayDeclaration: a made-up id in place of "none" matches no row, so the same tags result
const ids = (values: (string | null | undefined)[] | undefined) => (values ?? []).filter((x): x is string => Boolean(x));

/** Every public cache tag that showing `before` or `after` of this entry could have affected. */
export async function tagsForChange(tx: Tx, input: { kind: EntryKind; before: AnyPayload | null; after: AnyPayload | null }): Promise<string[]> {
  const kind = kindOf(input.kind);
  const tags = new Set<string>([TAGS.site, TAGS.exports]);
  const versions = [input.before, input.after].filter((p): p is AnyPayload => p !== null);
  const sources = versions.map((p) => kind.tags(p));
  // Its own page, at the address of each version (a changed slug refreshes both).
  if (kind.route) for (const p of versions) tags.add(pageTag[kind.route]((p as { slug: string }).slug));
  for (const s of sources) for (const list of s.lists ?? []) tags.add(TAGS[list]);
  // Names of countries, people, organisations and sources appear on pages of every kind: a
  // change to one refreshes the whole site (rare, and cheaper than tracking every mention).
  // Stryker disable next-line MethodExpression: both versions are of one kind, whose flag is the same for each (some = every)
  if (sources.some((s) => s.everywhere)) tags.add(TAGS.all);
  const countryIds = [...new Set(sources.flatMap((s) => ids(s.countries)))];
  const orgIds = [...new Set(sources.flatMap((s) => ids(s.organizations)))];
  const peopleIds = [...new Set(sources.flatMap((s) => ids(s.people)))];
  const [countries, orgs, people, members] = await Promise.all([
    tx.country.findMany({ where: { id: { in: countryIds } }, select: { slug: true } }),
    tx.organization.findMany({ where: { id: { in: orgIds } }, select: { slug: true } }),
    tx.person.findMany({ where: { id: { in: peopleIds } }, select: { slug: true } }),
    // Country pages show the memberships they share with the focus country: a membership
    // change touches every member of that organisation.
    // Stryker disable next-line MethodExpression: both versions are of one kind, whose flag is the same for each (some = every)
    sources.some((s) => s.fellowMembers)
      ? tx.country.findMany({ where: { memberships: { some: { organizationId: { in: orgIds } } } }, select: { slug: true } })
      : Promise.resolve([]),
  ]);
  [...countries, ...members].forEach((c) => tags.add(TAGS.country(c.slug)));
  orgs.forEach((o) => tags.add(TAGS.organization(o.slug)));
  people.forEach((x) => tags.add(TAGS.person(x.slug)));
  return [...tags].sort();
}

/** What a tag refreshes, as a reviewer reads it: the page or feed, and its address. */
export function describeTag(tag: string): { label: string; path: string | null } {
  const [kind, slug] = tag.split(/:(.*)/s) as [string, string | undefined];
  const fixed: Record<string, { label: string; path: string | null }> = {
    [TAGS.all]: { label: "Every public page (a name shown everywhere changes)", path: null },
    [TAGS.site]: { label: "The home page and site-wide lists", path: routes.home },
    [TAGS.countries]: { label: "The countries list and the map", path: routes.countries },
    [TAGS.timeline]: { label: "The timeline", path: routes.timeline },
    [TAGS.organizations]: { label: "The organisations list", path: routes.organizations },
    [TAGS.feeds]: { label: "The Atom feeds", path: routes.eventsFeed },
    [TAGS.exports]: { label: "The open data exports", path: "/data" },
    [TAGS.sources]: { label: "The sources list", path: routes.sources },
    [TAGS.people]: { label: "The people list", path: routes.people },
  };
  if (!slug) return fixed[kind] ?? { label: tag, path: null };
  const route = ({ country: "country", event: "event", organization: "organization", person: "person", source: "source" } as const)[kind as "country"];
  return route ? { label: `The ${route} page ${slug}`, path: pathOf({ route, slug }) } : { label: tag, path: null };
}
