import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { count, parseCountriesQuery, routes, type RawParams } from "@atlas/core/public";
import { Badge, Container, EmptyState, FilterField, inputClass } from "@atlas/ui";

import { PageHeader } from "@/components/page-header";
import { QueryProblems } from "@/components/query-problems";
import { dayText, StatusFilterFields, StatusOnLine } from "@/components/status-filter";
import { getCounterparts, getRegions, getSite } from "@/lib/data";

export const metadata: Metadata = { title: "Countries", alternates: { canonical: "/countries" } };

export default async function CountriesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await connection(); // rendered per request from cached data: `next build` has no database
  const [site, regions] = await Promise.all([getSite(), getRegions()]);
  const { value: q, problems } = parseCountriesQuery(await searchParams, regions);
  const countries = await getCounterparts(q);
  // What a date filter leaves out for want of a recorded date, said rather than hidden.
  const leftOut = q.establishedBefore && !q.includeUnknown ? (await getCounterparts({ ...q, includeUnknown: true })).length - countries.length : 0;
  const withUnknown = new URLSearchParams(
    Object.entries({ region: q.region, mission: q.hasMission ? "1" : undefined, before: q.establishedBefore?.toString(), on: q.on, status: q.status, unknown: "1" }).filter(
      (e): e is [string, string] => Boolean(e[1]),
    ),
  );
  // A status filter cannot place a country with no recorded step: say how many, and where they are.
  const noStep = q.status && q.status !== "none" ? (await getCounterparts({ ...q, status: "none" })).length : 0;
  const withNoStep = new URLSearchParams({ ...Object.fromEntries(withUnknown), status: "none" });
  if (!q.includeUnknown) withNoStep.delete("unknown");
  const filtered = Boolean(q.region || q.hasMission || q.establishedBefore || q.on || q.status);
  return (
    <>
      <PageHeader eyebrow={`${site.focus.name}'s counterparts`} title="Countries">
        Every country with a page in this atlas, historical states included.
      </PageHeader>
      <Container wide className="py-8">
        <QueryProblems problems={problems} />
        <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-ink-200 bg-white p-4" aria-label="Filter countries">
          <FilterField htmlFor="region" label="Region">
            <select id="region" name="region" defaultValue={q.region ?? ""} className={inputClass()}>
              <option value="">All regions</option>
              {regions.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </FilterField>
          <FilterField htmlFor="before" label="Relations established before">
            <input
              id="before"
              name="before"
              type="number"
              inputMode="numeric"
              min={1000}
              max={2100}
              placeholder="e.g. 1990"
              defaultValue={q.establishedBefore ?? ""}
              className={inputClass()}
            />
          </FilterField>
          <StatusFilterFields on={q.on} status={q.status} />
          <label className="flex items-center gap-2 pb-2 text-sm text-ink-800">
            <input type="checkbox" name="unknown" value="1" defaultChecked={q.includeUnknown} className="h-4 w-4 accent-sky-700" />
            Include countries whose start of relations is not recorded
          </label>
          <label className="flex items-center gap-2 pb-2 text-sm text-ink-800">
            <input type="checkbox" name="mission" value="1" defaultChecked={q.hasMission} className="h-4 w-4 accent-sky-700" />
            Has a diplomatic mission
          </label>
          <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
            Filter
          </button>
          {filtered && (
            <Link href="/countries" className="pb-2 text-sm text-sky-700 hover:underline">
              Clear filters
            </Link>
          )}
        </form>
        <p className="mb-3 text-sm text-ink-600" aria-live="polite">
          {count(countries.length, "country", "countries")}
          {leftOut > 0 && (
            <>
              {`; ${count(leftOut, "country", "countries")} left out because the start of ${leftOut === 1 ? "its" : "their"} relations is not recorded. `}
              <Link href={`/countries?${withUnknown.toString()}`} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
                Include {leftOut === 1 ? "it" : "them"}
              </Link>
            </>
          )}
          {noStep > 0 && q.on && (
            <>
              {`; ${count(noStep, "country", "countries")} not placed because no step of ${noStep === 1 ? "its" : "their"} relations is recorded by ${dayText(q.on)}. `}
              <Link href={`/countries?${withNoStep.toString()}`} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
                Show {noStep === 1 ? "it" : "them"}
              </Link>
            </>
          )}
        </p>
        {countries.length === 0 ? (
          <EmptyState title="No country matches these filters">
            <Link href="/countries" className="text-sky-700 hover:underline">
              Show all countries
            </Link>
          </EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {countries.map((c) => (
              <li key={c.id} className="flex flex-col rounded-lg border border-ink-200 bg-white p-5 hover:border-sky-300">
                <h2 className="font-serif text-xl font-semibold">
                  <Link href={routes.country(c.slug)} className="text-ink-900 hover:text-sky-800 hover:underline">
                    {c.name}
                  </Link>
                </h2>
                <p className="text-sm text-ink-500">{[c.subregion, c.region].filter(Boolean).join(", ")}</p>
                {c.localName && (
                  <p className="text-sm text-ink-500" lang={site.language?.code}>
                    {c.localName}
                  </p>
                )}
                <p className="mt-2 flex-1 text-sm text-ink-700">{c.summaryLine ?? "No summary of these relations has been published yet."}</p>
                <StatusOnLine country={c} />
                <div className="mt-3 flex flex-wrap gap-1.5">
                  {c.historical && <Badge tone="amber">historical state</Badge>}
                  {c.status && c.status !== "ACTIVE" && <Badge tone="amber">{c.statusLabel}</Badge>}
                  {c.established ? <Badge tone="blue">since {c.established.display}</Badge> : q.establishedBefore && <Badge>start of relations not recorded</Badge>}
                  <Badge>{c.counts.events ? `${count(c.counts.events, "dated event")} recorded` : "no dated event recorded"}</Badge>
                  {c.counts.missions > 0 && <Badge>{count(c.counts.missions, "mission")}</Badge>}
                  {c.counts.sharedMemberships > 0 && <Badge>{count(c.counts.sharedMemberships, "shared membership")}</Badge>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Container>
    </>
  );
}
