import type { Metadata } from "next";
import { connection } from "next/server";

import { CountryView } from "@atlas/ui/public";

import { VersionBanner } from "@/components/version-banner";
import { getSite } from "@/lib/data";
import { countryTitle } from "@/lib/titles";
import { changesPath, citeVersion, versionOf } from "@/lib/versions";

type Props = { params: Promise<{ slug: string; at: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug, at } = await params;
  const v = await versionOf("country", slug, at);
  return { title: `${countryTitle(v.data)} (version of ${v.asOf.key})`, alternates: { canonical: v.path }, robots: { index: false } };
}

/** A country page as it stood at a moment (see lib/versions.ts). */
export default async function CountryVersion({ params }: Props) {
  // Rendered per request from data cached for good: the moment decides whether it is settled yet.
  await connection();
  const { slug, at } = await params;
  const [v, site] = await Promise.all([versionOf("country", slug, at), getSite()]);
  const citation = citeVersion("country", v.data.country.slug, countryTitle(v.data), site.title, v.asOf.key, v.asOf.at, v.data.lastPublishedAt);
  return (
    <>
      <VersionBanner asOf={v.asOf} current={v.current} changes={changesPath(v.current, v.asOf.key)} />
      <CountryView page={v.data} cite={{ citation, file: `${v.data.country.slug}-${v.asOf.key.slice(0, 10)}` }} />
    </>
  );
}
