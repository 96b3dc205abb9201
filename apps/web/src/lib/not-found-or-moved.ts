import "server-only";

import { notFound, permanentRedirect } from "next/navigation";

import type { PagedKind } from "@atlas/core/public";

import { getMovedSlug } from "./data";

const SECTION: Record<PagedKind, string> = { COUNTRY: "countries", ORGANIZATION: "organizations", PERSON: "people", EVENT: "events" };

/** For a slug with no page: a permanent redirect when the page has moved (its slug was changed), else the 404 page. */
export async function notFoundOrMoved(kind: PagedKind, slug: string): Promise<never> {
  const to = await getMovedSlug(kind, slug);
  if (to) permanentRedirect(`/${SECTION[kind]}/${to}`);
  notFound();
}
