import type { Db } from "@atlas/db";

export type PublicSite = {
  title: string;
  tagline: string | null;
  focus: { id: string; slug: string; name: string; summary: string | null; isoNumeric: string | null };
};

/** The site's title and focus country (Mongolia in the seed data). */
export async function getSite(db: Db): Promise<PublicSite> {
  const site = await db.site.findUnique({
    where: { id: 1 },
    select: { title: true, tagline: true, focusCountry: { select: { id: true, slug: true, name: true, summary: true, isoNumeric: true } } },
  });
  if (!site) throw new Error("The site is not set up: run pnpm db:seed (or pnpm start) first.");
  return { title: site.title, tagline: site.tagline, focus: site.focusCountry };
}
