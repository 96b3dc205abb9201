import type { Metadata } from "next";

import { count, routes, TAGS } from "@atlas/core/public";
import { PersonView } from "@atlas/ui/public";

import { JsonLd } from "@/components/json-ld";
import { CiteCurrentPage } from "@/components/page-version";
import { SuggestCorrection } from "@/components/suggest-correction";
import { getPersonPage } from "@/lib/data";
import { notFoundOrMoved } from "@/lib/not-found-or-moved";
import { absolute } from "@/lib/site-url";
import { personTitle } from "@/lib/titles";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPersonPage((await params).slug);
  if (!page) return { title: "Person not found" };
  return {
    title: page.person.name,
    description: `${page.person.name} in the atlas: ${count(page.events.length, "event")}.`,
    alternates: { canonical: routes.person(page.person.slug) },
  };
}

export default async function PersonPage({ params }: Props) {
  const { slug } = await params;
  const page = (await getPersonPage(slug)) ?? (await notFoundOrMoved("person", slug));
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Person",
          name: page.person.name,
          url: absolute(routes.person(page.person.slug)),
          ...(page.person.wikidataId ? { sameAs: `https://www.wikidata.org/wiki/${page.person.wikidataId}` } : {}),
        }}
      />
      <PersonView page={page} />
      <CiteCurrentPage route="person" slug={page.person.slug} title={personTitle(page)} tag={TAGS.person(page.person.slug)} />
      <SuggestCorrection entryId={page.person.id} pagePath={routes.person(page.person.slug)} about="this page" wide={false} />
    </>
  );
}
