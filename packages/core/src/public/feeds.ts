import { Feed } from "feed";

import type { Db, Prisma } from "@atlas/db";

import { isSlug } from "../text.ts";
import { loadEvents } from "./events.ts";
import { PUBLISHED } from "./published.ts";
import { getSite } from "./site.ts";

const FEED_SIZE = 50;

/** An Atom feed of newly published events (all, or those involving one country); null if the country is unknown. */
export async function eventsFeed(db: Db, options: { siteUrl: string; countrySlug?: string }): Promise<string | null> {
  const site = await getSite(db);
  let where: Prisma.EventWhereInput = {};
  let title = `${site.title}: newly published events`;
  let self = `${options.siteUrl}/feeds/events.xml`;
  if (options.countrySlug !== undefined) {
    // Stryker disable next-line ConditionalExpression: a string that is no slug names no country either (null all the same); the check only spares the query
    if (!isSlug(options.countrySlug)) return null;
    const country = await db.country.findFirst({ where: { slug: options.countrySlug, ...PUBLISHED }, select: { id: true, name: true } });
    if (!country) return null;
    where = { countries: { some: { countryId: country.id } } };
    title = `${site.title}: ${site.focus.name} and ${country.name}`;
    self = `${options.siteUrl}/feeds/countries/${options.countrySlug}.xml`;
  }
  const recent = await db.event.findMany({
    where: { AND: [where, PUBLISHED] },
    orderBy: [{ entry: { publishedAt: "desc" } }, { id: "asc" }],
    take: FEED_SIZE,
    select: { id: true },
  });
  // Stryker disable next-line ObjectLiteral: the ids are already the newest FEED_SIZE; `take` only repeats that limit (the other literals here are held by the country feeds)
  const events = await loadEvents(db, { id: { in: recent.map((r) => r.id) } }, { take: FEED_SIZE });
  // Stryker disable next-line StringLiteral: published events always have a publication time; "" only satisfies the type
  events.sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""));
  const updated = events[0]?.publishedAt ? new Date(events[0].publishedAt) : new Date(0);
  const feed = new Feed({
    id: self,
    title,
    description: site.tagline ?? undefined,
    link: options.siteUrl,
    // Stryker disable next-line StringLiteral: Atom output carries no language (the feed library writes it into RSS only)
    language: "en",
    updated,
    generator: false,
    feedLinks: { atom: self },
    // Atom's <rights>: the operator's licence, and whom to credit.
    copyright: site.license
      ? [site.license.name, site.license.url, site.license.attribution && `Credit: ${site.license.attribution}`].filter(Boolean).join(" · ")
      : "Sourced data; see each entry's references.",
  });
  for (const e of events) {
    feed.addItem({
      id: `urn:atlas:${e.id}`,
      title: `${e.start.display}: ${e.title}`,
      link: `${options.siteUrl}/events/${e.slug}`,
      date: e.publishedAt ? new Date(e.publishedAt) : updated,
      published: e.publishedAt ? new Date(e.publishedAt) : undefined,
      description: e.description,
      category: [{ name: e.typeLabel }, ...e.countries.map((c) => ({ name: c.name }))],
    });
  }
  return feed.atom1();
}
