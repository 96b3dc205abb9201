import Link from "next/link";
import { connection } from "next/server";

import { pathOf, routes, theName, TIE_STEPS } from "@atlas/core/public";
import { Card, Container, SectionHeading } from "@atlas/ui";
import { EventItem, Noted, ReferenceList } from "@atlas/ui/public";

import { JsonLd } from "@/components/json-ld";
import { WorldMap } from "@/components/world-map";
import { getHome } from "@/lib/data";
import { absolute } from "@/lib/site-url";

export default async function HomePage() {
  // Rendered per request from cached data, so `next build` needs no database.
  await connection();
  const { site, summary, references, counterparts, latestEvents, facts, figures } = await getHome();
  const focus = site.focus;
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: site.title,
          url: absolute("/"),
          potentialAction: { "@type": "SearchAction", target: `${absolute("/search")}?q={query}`, "query-input": "required name=query" },
        }}
      />
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
            <h2 className="sr-only">Key figures</h2>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {[
                [figures.counterparts, "countries with a page", "/countries"],
                [figures.events, "dated events", "/timeline"],
                [figures.memberships, "organisations joined", "/organizations"],
                [figures.missionsAbroad, "missions abroad", "/countries?mission=1"],
                [figures.sources, "sources cited", "/sources"],
              ].map(([n, label, href]) => (
                <li key={String(label)}>
                  <Link href={String(href)} className="block h-full rounded-lg border border-ink-200 bg-ink-50 p-4 hover:border-sky-300 hover:bg-sky-50">
                    <span className="block text-sm text-ink-600">{label}</span>
                    <span className="block font-serif text-3xl font-semibold text-ink-900">{n}</span>
                  </Link>
                </li>
              ))}
            </ul>
            {facts.length > 0 && (
              <ul className="mt-4 space-y-3">
                {facts.map((f) => (
                  <li key={f.id}>
                    <Card className="p-4">
                      <p className="font-serif text-2xl font-semibold text-ink-900">{f.display}</p>
                      <p className="text-sm text-ink-700">
                        {f.subject}
                        {f.year ? ` (${f.year})` : ""}
                        {f.qualifierNote && <span className="text-ink-500"> — {f.qualifierNote}</span>}
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
        <WorldMap focusIsoNumeric={focus.isoNumeric} focusName={focus.name} counterparts={counterparts} />
        <p className="mt-3 max-w-3xl text-sm text-ink-700">
          How the map measures ties: for each country, the number of sourced records the atlas holds of its ties with {focus.name} — events involving both, diplomatic missions
          either way, organisations both belong to, and quantified facts such as trade shares — counted one each, unweighted. The shades step at {TIE_STEPS.join(", ")} records. It
          measures what is recorded here, not the importance of a relationship.
        </p>
        <details className="mt-3 rounded-md border border-ink-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium text-sky-800">The map as a table</summary>
          <table className="mt-3 w-full text-left">
            <caption className="sr-only">Countries by sourced records of ties with {focus.name}</caption>
            <thead className="border-b border-ink-200 text-ink-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Country
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Events
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Missions
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Shared memberships
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Facts
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Records of ties
                </th>
              </tr>
            </thead>
            <tbody>
              {[...counterparts]
                .sort((a, b) => b.ties - a.ties || a.name.localeCompare(b.name))
                .map((c) => (
                  <tr key={c.id} className="border-b border-ink-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      <Link href={routes.country(c.slug)} className="text-sky-700 hover:underline">
                        {c.name}
                      </Link>
                    </th>
                    <td className="py-1 pr-3 text-right tabular-nums">{c.counts.events}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{c.counts.missions}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{c.counts.sharedMemberships}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{c.counts.facts}</td>
                    <td className="py-1 text-right tabular-nums">{c.ties}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>

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
