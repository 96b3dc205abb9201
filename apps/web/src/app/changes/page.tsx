import type { Metadata } from "next";
import { connection } from "next/server";

import { isSettled, pageOfPath, parseAsOf, versionPath } from "@atlas/core/public";
import { Container, EmptyState } from "@atlas/ui";

import { PageHeader } from "@/components/page-header";
import { QueryProblems } from "@/components/query-problems";
import { momentText } from "@/components/version-banner";
import { getChangesSince } from "@/lib/versions";

export const metadata: Metadata = { title: "What changed since", robots: { index: false } };

const WHAT = { added: "Added", changed: "Changed", removed: "Taken down" } as const;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** /changes?page=/countries/china&since=2026-12-01 — what was published on a page after a version of it. */
export default async function ChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const params = await searchParams;
  const path = first(params.page).slice(0, 300);
  const page = pageOfPath(path);
  const asOf = parseAsOf(first(params.since).slice(0, 40));
  const problems = [
    ...(page && page.route !== "home" ? [] : [`“${path}” is not the address of a country, event, organisation, person or source page.`]),
    ...(asOf ? [] : [`“${first(params.since).slice(0, 40)}” is not a date (2026-12-01) or a time (2026-12-01T10:15:04Z).`]),
  ];
  const changes = page && page.route !== "home" && asOf && isSettled(asOf) ? await getChangesSince(page.route, page.slug, asOf.at.toISOString()) : [];
  return (
    <>
      <PageHeader eyebrow="Versions" title="What changed since">
        {page && page.route !== "home" && asOf ? (
          <>
            What was published, edited or taken down on{" "}
            <a href={path} className="text-sky-700 underline decoration-sky-300">
              {path}
            </a>{" "}
            after {momentText(asOf)}. The page as it was then stays at{" "}
            <a href={versionPath(page.route, page.slug, asOf.key)} className="break-all text-sky-700 underline decoration-sky-300">
              {versionPath(page.route, page.slug, asOf.key)}
            </a>
            .
          </>
        ) : (
          "Compare a page with a version of it."
        )}
      </PageHeader>
      <Container wide className="py-8">
        <QueryProblems problems={problems} />
        {problems.length === 0 &&
          (changes.length ? (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Entries of this page changed since</caption>
              <thead className="border-b border-ink-200 text-ink-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Last change
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    What
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Entry
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Kind
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-ink-100">
                {changes.map((c) => (
                  <tr key={c.id}>
                    <td className="py-2 pr-4 whitespace-nowrap">
                      <time dateTime={c.at}>{c.when.display}</time>
                    </td>
                    <td className="py-2 pr-4">
                      {WHAT[c.what]}
                      {c.times > 1 ? ` (${c.times} times)` : ""}
                    </td>
                    <td className="py-2 pr-4 text-ink-900">{c.label}</td>
                    <td className="py-2 text-ink-600">{c.kind}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <EmptyState title="Nothing on this page has changed since">The version and today&apos;s page read the same.</EmptyState>
          ))}
      </Container>
    </>
  );
}
