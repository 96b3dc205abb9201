import type { Metadata } from "next";
import type { ReactNode } from "react";

import type { PageData, PagedRoute } from "@atlas/core/public";
import { Container } from "@atlas/ui";
import { CiteThisPage } from "@atlas/ui/public";

import { VersionBanner } from "@/components/version-banner";
import { getSite } from "@/lib/data";
import { changesPath, citeCurrent, citeVersion, versionOf } from "@/lib/versions";

type Of<R extends PagedRoute> = { route: R; slug: string; at: string; title: (data: PageData<R>) => string };

/** The title of a version: the page's, with its moment; versions are not for search engines. */
export async function versionMetadata<R extends PagedRoute>({ route, slug, at, title }: Of<R>): Promise<Metadata> {
  const v = await versionOf(route, slug, at);
  return { title: `${title(v.data)} (version of ${v.asOf.key})`, alternates: { canonical: v.path }, robots: { index: false } };
}

/** A page of an entry as it stood at a moment, under the banner that says so, with its citation. */
export async function PageVersion<R extends PagedRoute>({ route, slug, at, title, children }: Of<R> & { children: (data: PageData<R>) => ReactNode }) {
  const [v, site] = await Promise.all([versionOf(route, slug, at), getSite()]);
  const pageSlug = v.current.split("/").at(-1)!;
  const citation = citeVersion(route, pageSlug, title(v.data), site.title, v.asOf.key, v.asOf.at);
  return (
    <>
      <VersionBanner asOf={v.asOf} current={v.current} changes={changesPath(v.current, v.asOf.key)} />
      {children(v.data)}
      <Container className="pb-10">
        <CiteThisPage citation={citation} file={`${pageSlug}-${v.asOf.key.slice(0, 10)}`} className="border-t border-ink-200 pt-4" />
      </Container>
    </>
  );
}

/** "Cite this page" under today's page of an entry: the version of its last publication. */
export async function CiteCurrentPage({ route, slug, title, tag }: { route: PagedRoute; slug: string; title: string; tag: string }) {
  const site = await getSite();
  const citation = await citeCurrent(route, slug, title, site.title, tag);
  if (!citation) return null;
  return (
    <Container className="pb-10">
      <CiteThisPage citation={citation} file={slug} className="border-t border-ink-200 pt-4" />
    </Container>
  );
}
