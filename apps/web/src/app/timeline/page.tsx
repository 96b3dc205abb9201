import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { EVENT_TYPE_LABELS, parseTimelineQuery, type RawParams, type TimelineQuery } from "@atlas/core/public";
import { Container, EmptyState, FilterField, inputClass, Pagination } from "@atlas/ui";
import { EventItem, ReferenceList } from "@atlas/ui/public";

import { PageHeader } from "@/components/page-header";
import { QueryProblems } from "@/components/query-problems";
import { getCounterparts, getSite, getTimeline } from "@/lib/data";

export const metadata: Metadata = { title: "Timeline", alternates: { canonical: "/timeline" } };

function query(q: Omit<TimelineQuery, "page">, page: number): string {
  const p = new URLSearchParams();
  if (q.from !== undefined && q.from === q.to) p.set("year", String(q.from));
  else {
    if (q.from !== undefined) p.set("from", String(q.from));
    if (q.to !== undefined) p.set("to", String(q.to));
  }
  if (q.type) p.set("type", q.type);
  if (q.country) p.set("country", q.country);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `/timeline?${s}` : "/timeline";
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await connection(); // rendered per request from cached data: `next build` has no database
  const { value: q, problems } = parseTimelineQuery(await searchParams);
  const [site, countries, result] = await Promise.all([getSite(), getCounterparts({}), getTimeline(q)]);
  const filtered = q.from !== undefined || q.to !== undefined || q.type || q.country;
  const countryName = q.country ? (countries.find((c) => c.slug === q.country)?.name ?? (q.country === site.focus.slug ? site.focus.name : null)) : null;
  if (q.country && !countryName) problems.push(`There is no country “${q.country}” in this atlas; the country filter found nothing.`);
  return (
    <>
      <PageHeader eyebrow={`${site.focus.name}'s foreign relations`} title="Timeline">
        Every published event, newest first. Dates are shown as precisely as the sources give them.
      </PageHeader>
      <Container wide className="py-8">
        <QueryProblems problems={problems} />
        <form
          method="get"
          className="mb-6 grid gap-4 rounded-lg border border-ink-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
          aria-label="Filter events"
        >
          <FilterField htmlFor="from" label="From year">
            <input id="from" name="from" type="number" inputMode="numeric" min={1000} max={2100} defaultValue={q.from ?? ""} className={inputClass()} />
          </FilterField>
          <FilterField htmlFor="to" label="To year">
            <input id="to" name="to" type="number" inputMode="numeric" min={1000} max={2100} defaultValue={q.to ?? ""} className={inputClass()} />
          </FilterField>
          <FilterField htmlFor="type" label="Type">
            <select id="type" name="type" defaultValue={q.type ?? ""} className={inputClass()}>
              <option value="">All types</option>
              {Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </FilterField>
          <FilterField htmlFor="country" label="Country">
            <select id="country" name="country" defaultValue={q.country ?? ""} className={inputClass()}>
              <option value="">All countries</option>
              {countries.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </FilterField>
          <div className="flex items-end gap-3">
            <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
              Filter
            </button>
            {filtered && (
              <Link href="/timeline" className="pb-2 text-sm text-sky-700 hover:underline">
                Clear
              </Link>
            )}
          </div>
        </form>
        <p className="mb-4 text-sm text-ink-600" aria-live="polite">
          {result.total} dated {result.total === 1 ? "event" : "events"} recorded in this atlas
          {countryName ? ` involving ${countryName}` : ""}
          {q.from !== undefined && q.from === q.to ? ` in ${q.from}` : q.from !== undefined || q.to !== undefined ? ` from ${q.from ?? "the start"} to ${q.to ?? "today"}` : ""}
          {q.type ? ` of type “${EVENT_TYPE_LABELS[q.type]}”` : ""}
        </p>
        {result.items.length === 0 ? (
          <EmptyState title="No events match these filters">
            <Link href="/timeline" className="text-sky-700 hover:underline">
              Show every event
            </Link>
          </EmptyState>
        ) : (
          <div>
            {result.items.map((e) => (
              <EventItem key={e.id} event={e} headingLevel={2} />
            ))}
          </div>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => query(q, p)} label="Timeline pages" previous="← Newer" next="Older →" />
        <ReferenceList references={result.references} />
      </Container>
    </>
  );
}
