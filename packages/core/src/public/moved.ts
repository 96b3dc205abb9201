import type { Db } from "@atlas/db";

import { ALL_KINDS, KINDS } from "../kinds/registry.ts";
import type { PagedRoute } from "../routes.ts";
import { isSlug } from "../text.ts";

/** The current slug of the published page (of this route) that used to live at `slug`; null if none did. */
export async function findMovedPage(db: Db, route: PagedRoute, slug: string): Promise<string | null> {
  // Stryker disable next-line ConditionalExpression: redirects are stored from slugs only, so a non-slug finds none anyway; this skips the query
  if (!isSlug(slug)) return null;
  const kinds = ALL_KINDS.filter((k) => KINDS[k].route === route);
  const row = await db.slugRedirect.findFirst({
    where: { kind: { in: kinds }, fromSlug: slug },
    select: {
      entryId: true,
      // Stryker disable next-line ObjectLiteral: `entry: {}` selects every column of the entry, the status among them
      entry: { select: { status: true } },
    },
  });
  if (row?.entry.status !== "PUBLISHED") return null;
  const model = KINDS[kinds[0]!].model as "country" | "organization" | "person" | "event" | "source";
  const page = await (db[model] as unknown as { findUnique(a: object): Promise<{ slug: string } | null> }).findUnique({ where: { id: row.entryId }, select: { slug: true } });
  // Stryker disable next-line OptionalChaining: a published entry always has its page's row (deleted only with the entry)
  return page?.slug ?? null;
}
