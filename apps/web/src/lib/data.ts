import "server-only";

import { unstable_cache } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { cache } from "react";

import { atlas, isSlug, pageTag, TAGS, type PagedRoute, type PublicSite, type TimelineQuery } from "@atlas/core/public";

import { env } from "@/env";

// Every public read goes through Next's data cache, tagged so that publishing can expire exactly
// the pages it touched (apps/admin → /api/revalidate). The hour is only a safety net: Next keeps
// expired tags in memory, so a restart between a publish and the next visit could miss one.
const SAFETY_NET_SECONDS = 3600;

// React's cache() on top: the page and its metadata ask for the same data once per request.
function cached<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>, tags: (...args: NoInfer<A>) => string[]) {
  return cache((...args: A): Promise<R> =>
    unstable_cache(() => read(...args), [name, JSON.stringify(args)], { tags: [TAGS.all, ...tags(...args)], revalidate: SAFETY_NET_SECONDS })(),
  );
}

/**
 * A read keyed by a slug. Anything that is not a slug has no page, so it is answered "none" at
 * once: it reaches neither the database nor the cache (whose keys and tags it would fill).
 */
function bySlug<R>(name: string, read: (slug: string) => Promise<R | null>, tag: (slug: string) => string) {
  const get = cached(name, read, (slug: string) => [tag(slug)]);
  return (slug: string): Promise<R | null> => (isSlug(slug) ? get(slug) : Promise.resolve(null));
}

const readSite = cached("site", atlas.site, () => [TAGS.site]);

/**
 * The site's title and focus country, for the layout. `next build` prerenders the few pages with
 * no data of their own (the bare 404) and has no database: those get a neutral title.
 */
export async function getSite(): Promise<PublicSite> {
  if (env.NEXT_PHASE === PHASE_PRODUCTION_BUILD)
    return {
      title: "Foreign Relations Atlas",
      tagline: null,
      language: null,
      license: null,
      contactEmail: null,
      staleAfterYears: 5,
      focus: { id: "", slug: "", name: "", takesArticle: false, summary: null, isoNumeric: null, iso2: null, predecessors: [] },
    };
  return readSite();
}
export const getHome = cached("home", atlas.home, () => [TAGS.site]);
export const getCountryPage = bySlug("country", atlas.countryPage, TAGS.country);
export const getCounterparts = cached("counterparts", atlas.counterparts, () => [TAGS.countries]);
export const getRegions = cached("regions", atlas.regions, () => [TAGS.countries]);
export const getEvent = bySlug("event", atlas.event, TAGS.event);
export const getTimeline = cached(
  "timeline",
  (q: TimelineQuery) => atlas.timeline(q),
  () => [TAGS.timeline],
);
export const getFocusMemberships = cached("memberships", atlas.focusMemberships, () => [TAGS.organizations]);
export const getOrganizationPage = bySlug("organization", atlas.organizationPage, TAGS.organization);
export const getPersonPage = bySlug("person", atlas.personPage, TAGS.person);
export const getPeople = cached("people", atlas.people, () => [TAGS.people]);
export const getSources = cached("sources", atlas.sources, () => [TAGS.sources]);
export const getSourcePage = bySlug("source", atlas.sourcePage, TAGS.source);
const readMovedSlug = cached("moved", atlas.movedPage, (route: PagedRoute, slug: string) => [pageTag[route](slug)]);
export const getMovedSlug = (route: PagedRoute, slug: string) => (isSlug(slug) ? readMovedSlug(route, slug) : Promise.resolve(null));
export const getEventsFeed = cached("feed", atlas.eventsFeed, () => [TAGS.feeds]);
export const getDataset = cached("export", atlas.exportDataset, () => [TAGS.exports]);
export const getCsv = cached("csv", atlas.exportCsv, () => [TAGS.exports]);

/** Search is not cached: queries are endless and the database answers them quickly. */
export const runSearch = atlas.search;
