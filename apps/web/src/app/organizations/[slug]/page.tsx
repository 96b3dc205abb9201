import type { Metadata } from "next";

import { routes, TAGS } from "@atlas/core/public";
import { OrganizationView } from "@atlas/ui/public";

import { JsonLd } from "@/components/json-ld";
import { CiteCurrentPage } from "@/components/page-version";
import { SuggestCorrection } from "@/components/suggest-correction";
import { getOrganizationPage } from "@/lib/data";
import { notFoundOrMoved } from "@/lib/not-found-or-moved";
import { absolute } from "@/lib/site-url";
import { organizationTitle } from "@/lib/titles";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getOrganizationPage((await params).slug);
  if (!page) return { title: "Organisation not found" };
  const o = page.organization;
  return {
    title: o.acronym ? `${o.name} (${o.acronym})` : o.name,
    description: `Members of ${o.name} in the atlas, with their status.`,
    alternates: { canonical: routes.organization(o.slug) },
  };
}

export default async function OrganizationPage({ params }: Props) {
  const { slug } = await params;
  const page = (await getOrganizationPage(slug)) ?? (await notFoundOrMoved("organization", slug));
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: page.organization.name,
          alternateName: page.organization.acronym ?? undefined,
          url: absolute(routes.organization(page.organization.slug)),
          ...(page.organization.dissolvedYear ? { dissolutionDate: String(page.organization.dissolvedYear) } : {}),
        }}
      />
      <OrganizationView page={page} />
      <CiteCurrentPage route="organization" slug={page.organization.slug} title={organizationTitle(page)} tag={TAGS.organization(page.organization.slug)} />
      <SuggestCorrection entryId={page.organization.id} pagePath={routes.organization(page.organization.slug)} about="this page" />
    </>
  );
}
