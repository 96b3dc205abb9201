import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { EXPORT_SETS } from "@atlas/core/public";
import { Card, Container, SectionHeading } from "@atlas/ui";

import { EdtfDates } from "@/components/edtf-dates";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Open data", alternates: { canonical: "/data" } };

const ENDPOINTS: [string, string][] = [
  [
    "/api/v1/countries",
    "Every counterpart with region, status, a one-line summary and counts. Filters: region, mission=1, before=YEAR (unknown=1 adds those without a recorded start).",
  ],
  ["/api/v1/countries/china", "One country: the relationship, facts, newest events, missions and shared memberships, each with its sources."],
  ["/api/v1/events?year=2011", "Published events, newest first, 20 a page. Filters: from, to, year, type, country (a slug), page."],
  ["/api/v1/export", "Every published entry of every kind, as published (with its version)."],
  ["/api/v1/openapi.json", "The API described in OpenAPI 3.1: every endpoint, parameter and answer."],
  ["/feeds/events.xml", "Atom feed of newly published events."],
  ["/feeds/countries/russia.xml", "Atom feed of newly published events involving one country."],
];

export default async function DataPage() {
  await connection();
  return (
    <>
      <PageHeader eyebrow="Open data" title="Use the data">
        Everything on this site is available as JSON, CSV and Atom, to reuse under{" "}
        <Link href="/license" className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
          the atlas&apos;s licence
        </Link>
        , which every export, API answer and feed carries too. Passages quoted from sources remain their authors&apos;.
      </PageHeader>
      <Container className="space-y-10 py-8">
        <section aria-labelledby="api">
          <SectionHeading id="api">JSON API and feeds</SectionHeading>
          <dl className="divide-y divide-ink-200 rounded-lg border border-ink-200 bg-white">
            {ENDPOINTS.map(([path, text]) => (
              <div key={path} className="grid gap-1 px-4 py-3 sm:grid-cols-[18rem_1fr]">
                <dt>
                  <a href={path} className="font-mono text-sm text-sky-700 hover:underline">
                    {path}
                  </a>
                </dt>
                <dd className="text-sm text-ink-700">{text}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm text-ink-600">
            Bad parameters get a <code>400</code> listing what was wrong; unknown slugs a <code>404</code>. Responses allow cross-origin requests.
          </p>
        </section>
        <section aria-labelledby="csv">
          <SectionHeading id="csv">Whole dataset, by kind</SectionHeading>
          <div className="grid gap-3 sm:grid-cols-2">
            {Object.keys(EXPORT_SETS).map((set) => (
              <Card key={set} className="flex items-center justify-between p-4">
                <span className="font-medium capitalize text-ink-800">{set}</span>
                <span className="flex gap-3 text-sm">
                  <a href={`/api/v1/export/${set}.csv`} className="text-sky-700 hover:underline">
                    CSV
                  </a>
                  <a href={`/api/v1/export/${set}.json`} className="text-sky-700 hover:underline">
                    JSON
                  </a>
                </span>
              </Card>
            ))}
          </div>
        </section>
        <section aria-labelledby="ids">
          <SectionHeading id="ids">Stable identifiers</SectionHeading>
          <div className="prose-atlas max-w-3xl text-sm">
            <p>
              Every entry has an id that never changes, such as <code>event_2011-08-biden-visit</code> or <code>country_north-korea</code>, and a version number that grows each
              time an edit is published. Slugs in page addresses can change; ids cannot. In CSV files, lists are separated by “; ” and each citation is written as{" "}
              <code>source id|excerpt id</code>.
            </p>
          </div>
        </section>
        <EdtfDates />
      </Container>
    </>
  );
}
