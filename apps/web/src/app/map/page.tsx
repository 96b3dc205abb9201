import type { Metadata } from "next";
import { connection } from "next/server";

import { Container } from "@atlas/ui";

import { MapSection } from "@/components/map-section";
import { PageHeader } from "@/components/page-header";
import { getHome } from "@/lib/data";

export const metadata: Metadata = { title: "Map", alternates: { canonical: "/map" } };

export default async function MapPage() {
  await connection(); // rendered per request from cached data: `next build` has no database
  const { site, counterparts } = await getHome();
  return (
    <>
      <PageHeader eyebrow="Map" title={`Where ${site.focus.name}'s ties run`}>
        Every country with a page in this atlas, shaded by how many sourced records of its ties with {site.focus.name} the atlas holds.
      </PageHeader>
      <Container wide className="py-8">
        <MapSection focus={site.focus} counterparts={counterparts} />
      </Container>
    </>
  );
}
