import "server-only";

import { notFound, permanentRedirect } from "next/navigation";

import { pathOf, type PagedRoute } from "@atlas/core/public";

import { getMovedSlug } from "./data";

/** For a slug with no page: a permanent redirect when the page has moved (its slug was changed), else the 404 page. */
export async function notFoundOrMoved(route: PagedRoute, slug: string): Promise<never> {
  const to = await getMovedSlug(route, slug);
  if (to) permanentRedirect(pathOf({ route, slug: to }));
  notFound();
}
