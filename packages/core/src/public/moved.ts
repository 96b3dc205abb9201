import type { Db } from "@atlas/db";

import { isSlug } from "../text.ts";

/** Kinds whose public page is addressed by slug. */
export type PagedKind = "COUNTRY" | "ORGANIZATION" | "PERSON" | "EVENT";

/** The current slug of the published page that used to live at `slug`; null if none did. */
export async function findMovedPage(db: Db, kind: PagedKind, slug: string): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const slugOf = { select: { slug: true } } as const;
  const row = await db.slugRedirect.findUnique({
    where: { kind_fromSlug: { kind, fromSlug: slug } },
    select: { entry: { select: { status: true, country: slugOf, organization: slugOf, person: slugOf, event: slugOf } } },
  });
  if (row?.entry.status !== "PUBLISHED") return null;
  const { country, organization, person, event } = row.entry;
  return (country ?? organization ?? person ?? event)?.slug ?? null;
}
