import Link from "next/link";
import { connection } from "next/server";

import { pathOf, routes, theName } from "@atlas/core/public";
import { Card, Container, SectionHeading } from "@atlas/ui";
import { EventItem, FactYear, Noted, ReferenceList, Sourced } from "@atlas/ui/public";

import { MapSection } from "@/components/map-section";
import { getHome } from "@/lib/data";

export default async function HomePage() {
  // Rendered per request from cached data, so `next build` needs no database.
  await connection();
  const { site, summary, references, counterparts, latestEvents, facts, figures } = await getHome();
  const focus = site.focus;
  return (
    <>
      <section className="border-b border-ink-200 bg-white">
        <Container wide className="grid gap-8 py-10 lg:grid-cols-[1.1fr_1fr] lg:items-start">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wider text-ember-600">{site.title}</p>
            <h1 className="mt-2 font-serif text-4xl font-semibold tracking-tight text-ink-900 sm:text-5xl">{focus.name}&apos;s foreign relations</h1>
            {site.tagline && <p className="mt-3 text-lg text-ink-600">{site.tagline}</p>}
            {focus.predecessors.length > 0 && (
              <p className="mt-2 text-sm text-ink-600">
                Before:{" "}
                {focus.predecessors.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ", "}
                    <Link href={routes.country(p.slug)} className="text-sky-700 hover:underline">
                      {theName(p)}
                    </Link>
                    {p.existedFrom || p.existedUntil ? ` (${p.existedFrom ?? "?"}–${p.existedUntil ?? ""})` : ""}
                  </span>
                ))}
              </p>
            )}
            {focus.summary && summary && <Noted className="mt-5 text-[1.05rem]" text={focus.summary} cited={summary.cited} notes={summary.notes} />}
            <p className="mt-5 flex flex-wrap gap-3 text-sm">
              <Link href="/countries" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
                Explore the countries
              </Link>
              <Link href="/timeline" className="rounded-md px-4 py-2 font-medium text-sky-800 ring-1 ring-inset ring-sky-200 hover:bg-sky-50">
                Read the timeline
              </Link>
            </p>
          </div>
          <div>
            <h2 className="sr-only">What this atlas records</h2>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {(
                [
                  [figures.counterparts, figures.counterparts === 1 ? "country with a page in this atlas" : "countries with a page in this atlas", "/countries"],
                  [figures.events, figures.events === 1 ? "dated event recorded" : "dated events recorded", "/timeline"],
                  [
                    figures.memberships,
                    `${figures.memberships === 1 ? "organisation membership" : "organisation memberships"} recorded${figures.membershipsEnded ? ` (${figures.membershipsEnded} of the organisations since ended)` : ""}`,
                    "/organizations",
                  ],
                  [
                    figures.missionsAbroad,
                    figures.missionsAbroad === 1 ? "mission abroad recorded in this atlas" : "missions abroad recorded in this atlas",
                    "/countries?mission=1",
                  ],
                  [figures.sources, figures.sources === 1 ? "source cited" : "sources cited", "/sources"],
                ] as const
              ).map(([n, label, href]) => (
                <li key={href}>
                  <Link href={href} className="block h-full rounded-lg border border-ink-200 bg-ink-50 p-4 hover:border-sky-300 hover:bg-sky-50">
                    <span className="block font-serif text-3xl font-semibold text-ink-900">{n}</span>
                    <span className="block text-sm text-ink-600">{label}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-ink-600">
              Counts of what this atlas has recorded so far, not of all there is.{" "}
              <Link href="/about#figures" className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
                What each figure counts
              </Link>
            </p>
            {facts.length > 0 && (
              <ul className="mt-4 space-y-3">
                {facts.map((f) => (
                  <li key={f.id}>
                    <Card className="p-4">
                      <p className="font-serif text-2xl font-semibold text-ink-900">
                        {f.display}
                        <Sourced notes={f.notes} />
                      </p>
                      <p className="text-sm text-ink-700">
                        {f.subject} <FactYear fact={f} />
                        {f.qualifierNote && <span className="text-ink-600"> — {f.qualifierNote}</span>}
                      </p>
                      {f.country && (
                        <Link
                          href={pathOf({ route: "country", slug: f.country.slug, anchor: `fact-${f.id}` })}
                          className="text-sm text-sky-700 underline decoration-sky-300 hover:decoration-sky-700"
                        >
                          {f.country.name}: sources and context
                        </Link>
                      )}
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </Container>
      </section>

      <Container wide className="py-10">
        <SectionHeading id="map-heading">Where {focus.name}&apos;s ties run</SectionHeading>
        <MapSection focus={focus} counterparts={counterparts} />

        <div className="mt-12">
          <SectionHeading
            actions={
              <Link href="/timeline" className="text-sm font-medium text-sky-700 hover:underline">
                The whole timeline →
              </Link>
            }
          >
            Latest events
          </SectionHeading>
          <div className="mt-4">
            {latestEvents.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </div>
        </div>
        <ReferenceList references={references} />
      </Container>
    </>
  );
}
