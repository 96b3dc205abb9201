import type { ReactNode } from "react";

import type { CountryPage, PageCitation } from "@atlas/core/public";
import { routes } from "@atlas/core/routes";
import { count, otherNames, theName } from "@atlas/core/words";

import { Badge } from "../badge.tsx";
import { Container, EmptyState, SectionHeading } from "../layout.tsx";
import { Markdown } from "../markdown.tsx";
import { DataTable } from "../table.tsx";
import { CiteThisPage } from "./cite-this-page.tsx";
import { EventItem } from "./event-item.tsx";
import { DisputeNote, Noted, ReferenceList, Sourced } from "./footnotes.tsx";
import { sameSite, type Linker } from "./link.ts";
import { StatusLine } from "./status-line.tsx";

const sentenceCase = (s: string | null) => (s ? s[0]!.toUpperCase() + s.slice(1) : "—");

/** A figure's year, said to be unknown when it is, and flagged past the site's age threshold. */
export function FactYear({ fact }: { fact: { year: number | null; stale: boolean } }) {
  if (fact.year === null) return <span className="text-ink-600">(year not recorded)</span>;
  return (
    <span className="text-ink-600">
      ({fact.year}
      {fact.stale && <span className="font-medium text-amber-700">: possibly out of date</span>})
    </span>
  );
}

/** Where a reader who quotes the page should point: a version of it that will not change, and its reference. */
export type CiteAs = { citation: PageCitation; file: string };

function Glance({ page, link, cite }: { page: CountryPage; link: Linker; cite?: CiteAs }) {
  const c = page.country;
  const rows: [string, ReactNode][] = [
    ["Official name", c.officialName],
    ["Also known as", otherNames(c).length ? otherNames(c).join(", ") : null],
    [c.localName ? `In ${c.localName.languageName}` : "", c.localName ? <span lang={c.localName.language}>{c.localName.name}</span> : null],
    ["Kind", c.kindLabel],
    ["Capital", c.capital],
    ["Region", [c.subregion, c.region].filter(Boolean).join(", ")],
    ["Existed", c.existedFrom || c.existedUntil ? `${c.existedFrom ?? "?"}–${c.existedUntil ?? ""}` : null],
    ["ISO 3166", [c.iso2, c.iso3].filter(Boolean).join(" / ") || (c.formerIsoCode ? `${c.formerIsoCode} (former)` : null)],
    [
      "Succeeded by",
      c.successor ? (
        <a href={link(routes.country(c.successor.slug))} className="text-sky-700 hover:underline">
          {c.successor.name}
        </a>
      ) : null,
    ],
    [
      "Preceded by",
      c.predecessors.length
        ? c.predecessors.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ", "}
              <a href={link(routes.country(p.slug))} className="text-sky-700 hover:underline">
                {p.name}
              </a>
            </span>
          ))
        : null,
    ],
    [
      "Wikidata",
      c.wikidataId ? (
        <a href={`https://www.wikidata.org/wiki/${c.wikidataId}`} className="text-sky-700 hover:underline" rel="noopener noreferrer">
          {c.wikidataId}
        </a>
      ) : null,
    ],
  ];
  return (
    <aside aria-labelledby="glance" className="self-start rounded-lg border border-ink-200 bg-white p-5 text-sm lg:sticky lg:top-4">
      <h2 id="glance" className="font-serif text-lg font-semibold text-ink-900">
        {c.name} at a glance
      </h2>
      <dl className="mt-3 space-y-2">
        {rows
          .filter(([, v]) => Boolean(v))
          .map(([k, v]) => (
            <div key={k}>
              <dt className="text-xs font-medium uppercase tracking-wide text-ink-500">{k}</dt>
              <dd className="text-ink-800">{v}</dd>
            </div>
          ))}
      </dl>
      <div className="print-hidden mt-4 border-t border-ink-200 pt-3 text-xs text-ink-600">
        <p className="font-medium text-ink-700">This page as data</p>
        <p className="mt-1 flex flex-wrap gap-x-3">
          <a href={link(`/api/v1/countries/${c.slug}`)} className="text-sky-700 hover:underline">
            JSON
          </a>
          <a href={link(`/feeds/countries/${c.slug}.xml`)} className="text-sky-700 hover:underline">
            Atom feed
          </a>
        </p>
      </div>
      {cite && <CiteThisPage citation={cite.citation} file={cite.file} level={3} className="mt-4 border-t border-ink-200 pt-3" />}
    </aside>
  );
}

/** The public page of one counterpart; the same component previews drafts in the admin app. */
export function CountryView({ page, link = sameSite, cite }: { page: CountryPage; link?: Linker; cite?: CiteAs }) {
  const { country, focus, relationship } = page;
  return (
    <>
      <div className="border-b border-ink-200 bg-white">
        <Container wide className="py-8">
          <nav aria-label="Breadcrumb" className="text-sm text-ink-600">
            <a href={link("/countries")} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
              Countries
            </a>{" "}
            / <span aria-current="page">{country.name}</span>
          </nav>
          {country.isFocusPast ? (
            <p className="mt-3 text-sm font-medium text-sky-800">
              {focus.name} as it was{country.existedFrom || country.existedUntil ? `, ${country.existedFrom ?? "?"}–${country.existedUntil ?? ""}` : ""}
            </p>
          ) : (
            <p className="mt-3 text-sm font-medium text-sky-800">{focus.name}&apos;s relations with</p>
          )}
          <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight text-ink-900 sm:text-5xl">{theName(country, true)}</h1>
          <div className="mt-4 flex flex-wrap gap-2">
            {relationship && (
              // The status and the start of relations rest on the same sources: one set of markers after both.
              <span id="relationship-status" className="inline-flex flex-wrap items-center gap-2">
                <Badge tone={relationship.status === "ACTIVE" ? "green" : "amber"}>{relationship.statusLabel}</Badge>
                {relationship.established ? <Badge tone="blue">Relations since {relationship.established.display}</Badge> : <Badge>Start of relations not recorded</Badge>}
                <Sourced notes={relationship.statusNotes} />
              </span>
            )}
            {relationship && <DisputeNote dispute={relationship.dispute} shown={relationship.statusLabel} />}
            <Badge>{[country.subregion, country.region].filter(Boolean).join(", ")}</Badge>
            {relationship?.qualifierNote && <Badge tone="amber">{relationship.qualifierNote}</Badge>}
          </div>
        </Container>
      </div>
      <Container wide className="grid gap-10 py-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <section aria-labelledby="summary">
            <h2 id="summary" className="sr-only">
              Summary
            </h2>
            {relationship ? (
              <div id="relationship" className="text-[1.06rem]">
                <Noted text={relationship.summary} cited={relationship.cited} notes={relationship.notes} />
              </div>
            ) : country.isFocusPast ? (
              <p className="text-[1.06rem] text-ink-700">
                {theName(country, true)} is {focus.name} as it was
                {country.existedFrom || country.existedUntil ? ` from ${country.existedFrom ?? "?"} to ${country.existedUntil ?? "?"}` : " before"}
                {country.successor ? (
                  <>
                    {"; "}
                    <a href={link(country.successor.id === focus.id ? "/" : routes.country(country.successor.slug))} className="text-sky-700 hover:underline">
                      {theName(country.successor)}
                    </a>{" "}
                    succeeded it.
                  </>
                ) : (
                  "."
                )}{" "}
                Its relations and events are {focus.name}&apos;s own, listed on the pages of the countries concerned and in {focus.name}&apos;s timeline.
              </p>
            ) : (
              <p className="text-ink-600">No summary of these relations has been published yet.</p>
            )}
          </section>

          <StatusLine steps={page.statusHistory} />

          {page.facts.length > 0 && (
            <section aria-labelledby="facts" className="mt-10">
              <SectionHeading id="facts">Key facts</SectionHeading>
              <ul className="grid gap-3 sm:grid-cols-2">
                {page.facts.map((f) => (
                  <li key={f.id} id={`fact-${f.id}`} className="rounded-lg border border-ink-200 bg-white p-4">
                    <p className="font-serif text-3xl font-semibold text-ink-900">
                      {f.display}
                      <Sourced notes={f.notes} />
                    </p>
                    <DisputeNote dispute={f.dispute} shown={f.display} />
                    <p className="text-sm text-ink-700">
                      {f.subject} <FactYear fact={f} />
                    </p>
                    {f.qualifierNote && <p className="mt-1 text-xs font-medium text-amber-700">{f.qualifierNote[0]!.toUpperCase() + f.qualifierNote.slice(1)}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="timeline" className="mt-10">
            <SectionHeading
              id="timeline"
              count={page.eventCount}
              actions={
                page.eventCount > page.events.length ? (
                  <a href={link(`/timeline?country=${country.slug}`)} className="text-sm text-sky-700 hover:underline">
                    All {count(page.eventCount, "event")} in the timeline →
                  </a>
                ) : null
              }
            >
              Timeline
            </SectionHeading>
            {page.events.length ? (
              <div>
                {page.events.map((e) => (
                  <EventItem key={e.id} event={e} showCountries={false} link={link} />
                ))}
              </div>
            ) : (
              <EmptyState title={`No dated event with ${theName(country)} is recorded in this atlas yet`}>
                The timeline counts the events this atlas records with a date that name {theName(country)} among their countries. The statements above are sourced but not dated
                events.
              </EmptyState>
            )}
          </section>

          {page.missions.length > 0 && (
            <section aria-labelledby="missions" className="mt-10">
              <SectionHeading id="missions" count={page.missions.length}>
                Diplomatic missions
              </SectionHeading>
              <DataTable caption={`Diplomatic missions between ${focus.name} and ${country.name}`} columns={["Mission", "City", "Of → in"]}>
                {page.missions.map((m) => (
                  <tr key={m.id} id={`mission-${m.id}`} className="border-b border-ink-100 last:border-0">
                    <th scope="row" className="px-4 py-2 font-medium text-ink-900">
                      {m.name ?? m.typeLabel}
                      <Sourced notes={m.notes} />
                    </th>
                    <td className="px-4 py-2">{m.city}</td>
                    <td className="px-4 py-2 text-ink-600">
                      {m.sender.name} → {m.host.name}
                    </td>
                  </tr>
                ))}
              </DataTable>
            </section>
          )}

          {page.memberships.length > 0 && (
            <section aria-labelledby="memberships" className="mt-10">
              <SectionHeading id="memberships" count={page.memberships.length}>
                Organisations both belong to
              </SectionHeading>
              <DataTable caption={`Organisations that ${focus.name} and ${country.name} both belong to`} columns={["Organisation", focus.name, country.name]}>
                {page.memberships.map((m) => (
                  <tr key={m.id} id={`membership-${m.id}`} className="border-b border-ink-100 last:border-0">
                    <th scope="row" className="px-4 py-2 font-medium">
                      <a href={link(routes.organization(m.organization.slug))} className="text-sky-700 hover:underline">
                        {m.organization.name}
                      </a>
                      {m.organization.acronym && <span className="text-ink-500"> ({m.organization.acronym})</span>}
                      <Sourced notes={m.notes} />
                    </th>
                    <td className="px-4 py-2">
                      {sentenceCase(m.focusStatus)}
                      <DisputeNote dispute={m.focusDispute} shown={m.focusStatus ?? ""} />
                    </td>
                    <td className="px-4 py-2">
                      {sentenceCase(m.counterpartStatus)}
                      <DisputeNote dispute={m.counterpartDispute} shown={m.counterpartStatus} />
                    </td>
                  </tr>
                ))}
              </DataTable>
            </section>
          )}

          {page.bodies.length > 0 && (
            <section aria-labelledby="bodies" className="mt-10">
              <SectionHeading id="bodies">Societies and other bodies</SectionHeading>
              <ul className="space-y-3">
                {page.bodies.map((b) => (
                  <li key={b.slug} id={`body-${b.slug}`} className="rounded-lg border border-ink-200 bg-white p-4">
                    <p className="font-semibold text-ink-900">
                      {b.name}
                      {(b.founded || b.dissolved) && (
                        <span className="ml-2 text-sm font-normal text-ink-600">
                          {b.founded ? `founded ${b.founded.display}` : ""}
                          {b.founded && b.dissolved ? ", " : ""}
                          {b.dissolved ? `disbanded ${b.dissolved.display}` : ""}
                        </span>
                      )}
                    </p>
                    {b.description && <Markdown className="text-sm">{b.description}</Markdown>}
                    <Sourced notes={b.notes} />
                  </li>
                ))}
              </ul>
            </section>
          )}

          <ReferenceList references={page.references} link={link} />
        </div>
        <Glance page={page} link={link} cite={cite} />
      </Container>
    </>
  );
}
