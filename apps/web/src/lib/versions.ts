import "server-only";

import { unstable_cache } from "next/cache";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { cache } from "react";

import {
  asOfKey,
  atlas,
  citePage,
  isSettled,
  pageTag,
  parseAsOf,
  pathOf,
  TAGS,
  versionPath,
  type AsOf,
  type PageCitation,
  type PageData,
  type PagedRoute,
} from "@atlas/core/public";

import { absolute } from "./site-url";

/**
 * Versions of pages never change, so their reads carry a tag no publish expires and are kept
 * for good: the cache of a version is never purged by what is published after it.
 */
export const VERSION_TAG = "as-of";

/** A page of an entry as it stood at a moment (an ISO time), kept for good. */
export const readVersion = cache((route: PagedRoute, slug: string, at: string) =>
  unstable_cache(() => atlas.asOf.page(new Date(at), route, slug), ["as-of", route, slug, at], { tags: [VERSION_TAG], revalidate: false })(),
);

/** The counterparts (as /countries lists them) at a moment, kept for good. */
export const getCounterpartsAsOf = cache((at: string, query: Parameters<typeof atlas.counterparts>[0] = {}) =>
  unstable_cache(() => atlas.asOf.counterparts(new Date(at), query), ["as-of-counterparts", at, JSON.stringify(query)], { tags: [VERSION_TAG], revalidate: false })(),
);

export type Version<D> = { asOf: AsOf; data: D; path: string; current: string };

/**
 * The page of an entry as it stood at the moment an address names. A moment that is not a date,
 * or one when the page was not public, has no page; a moment not yet settled (within the last
 * minute, or to come) is today's page, at its own address.
 */
export async function versionOf<R extends PagedRoute>(route: R, slug: string, raw: string): Promise<Version<PageData<R>>> {
  const asOf = parseAsOf(decodeURIComponent(raw));
  if (!asOf) notFound();
  if (!isSettled(asOf)) redirect(pathOf({ route, slug }));
  const found = await readVersion(route, slug, asOf.at.toISOString());
  if (!found) notFound();
  // Its address is the one it had then: a version cited by today's slug answers there.
  if (found.slug !== slug) permanentRedirect(versionPath(route, found.slug, asOf.key));
  return { asOf, data: found.data as PageData<R>, path: versionPath(route, found.slug, asOf.key), current: pathOf({ route, slug: found.slug }) };
}

/**
 * When what a page shows was last published, read alongside the page's own data (under the same
 * tag, so it is read again exactly when the page is): the moment its citation names.
 */
const citedMoment = cache((tag: string) =>
  unstable_cache(async () => (await atlas.asOf.lastPublication())?.toISOString() ?? null, ["cited-moment", tag], { tags: [TAGS.all, tag], revalidate: 3600 })(),
);

/** "Cite this page" for the page now: its permanent address is the version of its last publication. */
export async function citeCurrent(route: PagedRoute, slug: string, title: string, siteTitle: string, tag: string, modified: string | null = null): Promise<PageCitation | null> {
  const moment = await citedMoment(tag);
  if (!moment) return null;
  return citeVersion(route, slug, title, siteTitle, asOfKey(new Date(moment)), new Date(moment), modified);
}

/** "Cite this page" for a version: its own address, as asked for. */
export function citeVersion(route: PagedRoute, slug: string, title: string, siteTitle: string, key: string, at: Date, modified: string | null = null): PageCitation {
  return citePage({
    key: `atlas_${slug.replace(/-/g, "_")}_${key.slice(0, 10).replace(/-/g, "")}`,
    title,
    siteTitle,
    url: absolute(versionPath(route, slug, key)),
    modified: modified ? new Date(modified) : null,
    version: at,
  });
}

/** What changed on a page since a version of it. */
export const changesPath = (current: string, key: string) => `/changes?page=${encodeURIComponent(current)}&since=${encodeURIComponent(key)}`;

/** The entries of a page changed since a moment; read again whenever the page itself is. */
export const getChangesSince = cache((route: PagedRoute, slug: string, at: string) =>
  unstable_cache(() => atlas.asOf.changesSince(new Date(at), { route, slug }), ["changes-since", route, slug, at], {
    tags: [TAGS.all, pageTag[route](slug)],
    revalidate: 3600,
  })(),
);
