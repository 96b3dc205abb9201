import type { Db } from "@atlas/db";

import { languageName } from "../names/country-names.ts";
import { PUBLISHED } from "./published.ts";

export type CountryRef = { id: string; slug: string; name: string; takesArticle: boolean };

export type PublicSite = {
  title: string;
  tagline: string | null;
  /** The focus country's language, in which every country's name is shown too ("mn", "Mongolian"). */
  language: { code: string; name: string } | null;
  /** The data's licence and how to credit the atlas, as the operator set them; null: not set. */
  license: SiteLicense | null;
  /** Where readers may also write; null: the correction form only. */
  contactEmail: string | null;
  /** Statistics more than this many years old are flagged as possibly out of date. */
  staleAfterYears: number;
  focus: CountryRef & {
    summary: string | null;
    isoNumeric: string | null;
    iso2: string | null;
    /** The focus country as it was before (the Mongolian People's Republic), newest first. */
    predecessors: (CountryRef & { existedFrom: number | null; existedUntil: number | null })[];
  };
};

export type SiteLicense = { name: string; url: string | null; attribution: string | null };

export const countryRefSelect = { id: true, slug: true, name: true, takesArticle: true } as const;

/** The site's title and focus country (Mongolia in the seed data). */
export async function getSite(db: Db): Promise<PublicSite> {
  const site = await db.site.findUnique({
    where: { id: 1 },
    select: {
      title: true,
      tagline: true,
      language: true,
      licenseName: true,
      licenseUrl: true,
      attribution: true,
      contactEmail: true,
      staleAfterYears: true,
      focusCountry: { select: { ...countryRefSelect, summary: true, isoNumeric: true, iso2: true } },
    },
  });
  if (!site) throw new Error("The site is not set up: run pnpm db:seed (or pnpm start) first.");
  // Predecessors of predecessors too (a handful of rows at most).
  const predecessors: PublicSite["focus"]["predecessors"] = [];
  let frontier = [site.focusCountry.id];
  while (frontier.length && predecessors.length < 20) {
    const found = await db.country.findMany({
      where: { successorId: { in: frontier }, ...PUBLISHED },
      select: { ...countryRefSelect, existedFrom: true, existedUntil: true },
      orderBy: { existedUntil: { sort: "desc", nulls: "last" } },
    });
    const fresh = found.filter((c) => !predecessors.some((p) => p.id === c.id) && c.id !== site.focusCountry.id);
    predecessors.push(...fresh);
    frontier = fresh.map((c) => c.id);
  }
  const language = site.language ? { code: site.language, name: languageName(site.language) } : null;
  const license = site.licenseName ? { name: site.licenseName, url: site.licenseUrl, attribution: site.attribution } : null;
  return {
    title: site.title,
    tagline: site.tagline,
    language,
    license,
    contactEmail: site.contactEmail,
    staleAfterYears: site.staleAfterYears,
    focus: { ...site.focusCountry, predecessors },
  };
}
