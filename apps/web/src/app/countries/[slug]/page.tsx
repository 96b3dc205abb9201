import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";

import { routes, TAGS, teaser } from "@atlas/core/public";
import { CountryView } from "@atlas/ui/public";

import { JsonLd } from "@/components/json-ld";
import { SuggestCorrection } from "@/components/suggest-correction";
import { getCountryPage, getSite } from "@/lib/data";
import { licenseLd } from "@/lib/license";
import { notFoundOrMoved } from "@/lib/not-found-or-moved";
import { absolute } from "@/lib/site-url";
import { countryTitle } from "@/lib/titles";
import { citeCurrent } from "@/lib/versions";

// Rendered on the first visit, then served from the cache until a publish expires its tag.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getCountryPage((await params).slug);
  if (!page) return { title: "Country not found" };
  const description = page.relationship
    ? `${page.focus.name} and ${page.country.name}: ${teaser(page.relationship.summary, 180)}`
    : page.country.isFocusPast
      ? `${page.country.name}: ${page.focus.name} as it was${page.country.existedFrom ? ` from ${page.country.existedFrom}` : ""}${page.country.existedUntil ? ` to ${page.country.existedUntil}` : ""}.`
      : `${page.focus.name}'s relations with ${page.country.name}.`;
  const path = routes.country(page.country.slug);
  const title = countryTitle(page);
  return {
    title,
    description,
    alternates: { canonical: path, types: { "application/atom+xml": `/feeds/countries/${page.country.slug}.xml`, "application/json": `/api/v1/countries/${page.country.slug}` } },
    openGraph: { title, description, url: path, type: "article" },
  };
}

export default async function CountryPage({ params }: Props) {
  const { slug } = await params;
  const [page, site] = await Promise.all([getCountryPage(slug), getSite()]);
  if (!page) return notFoundOrMoved("country", slug);
  if (page.country.id === page.focus.id) permanentRedirect("/");
  const citation = await citeCurrent("country", page.country.slug, countryTitle(page), site.title, TAGS.country(page.country.slug), page.lastPublishedAt);
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Article",
          headline: countryTitle(page),
          url: absolute(routes.country(page.country.slug)),
          dateModified: page.lastPublishedAt ?? undefined,
          about: [
            { "@type": "Country", name: page.focus.name },
            { "@type": "Country", name: page.country.name, ...(page.country.wikidataId ? { sameAs: `https://www.wikidata.org/wiki/${page.country.wikidataId}` } : {}) },
          ],
          citation: page.references.map((r) => ({ "@type": "CreativeWork", name: r.source.title, url: absolute(routes.source(r.source.slug)) })),
          ...licenseLd(site.license),
        }}
      />
      <CountryView page={page} cite={citation ? { citation, file: page.country.slug } : undefined} />
      {/* A reader's correction is about the relations the page describes, or the country itself where none are published. */}
      <SuggestCorrection entryId={page.relationship?.id ?? page.country.id} pagePath={routes.country(page.country.slug)} about="this page" />
    </>
  );
}
