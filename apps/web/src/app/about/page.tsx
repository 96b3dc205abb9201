import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { NOT_ASSESSED, RELIABILITY_TIERS } from "@atlas/core/public";
import { Container, SectionHeading } from "@atlas/ui";

import { PageHeader } from "@/components/page-header";
import { getSite } from "@/lib/data";

export const metadata: Metadata = { title: "About the atlas", alternates: { canonical: "/about" } };

const link = "text-sky-700 underline decoration-sky-300 hover:decoration-sky-700";

export default async function AboutPage() {
  await connection(); // rendered per request from cached data: `next build` has no database
  const site = await getSite();
  const focus = site.focus.name;
  return (
    <>
      <PageHeader eyebrow="About" title={`About the ${site.title}`}>
        What this atlas is, where its statements come from, how they are checked, and what its figures count.
      </PageHeader>
      <Container className="prose-atlas space-y-10 py-8">
        <section aria-labelledby="what">
          <SectionHeading id="what">What it is</SectionHeading>
          <p>
            A structured record of {focus}&apos;s foreign relations: a page for each country {focus} deals with, dated events, diplomatic missions, the international organisations
            it belongs to, and quantified facts. Each of these is a statement taken from a source, and each says which.
          </p>
          <p>
            It records what its editors have entered from sources so far. It is not a complete history: an event, mission or membership missing here may simply not be recorded yet.
          </p>
        </section>

        <section aria-labelledby="sources">
          <SectionHeading id="sources">How statements are sourced</SectionHeading>
          <p>
            Every statement shows its source as a numbered footnote, with the passage quoted word for word where there is one; the references at the foot of each page list every
            source once. A statement that nothing published supports yet is marked <em>unsourced</em> rather than shown as if it were settled. Where sources disagree, the page
            shows the reading it prefers, says why, and lists the others with their own sources as <em>disputed</em>.
          </p>
          <p>
            Each{" "}
            <Link href="/sources" className={link}>
              source
            </Link>{" "}
            has a page with what a reader needs to look it up: author or publisher, date, address and an archived copy, when it was consulted, its language. A source that lacks
            these says <em>details not yet recorded</em>: the editors have it on their list. The atlas started from a text of 22 sourced sentences whose origin was not recorded;
            its numbered references are listed as they came, without details rather than with invented ones.
          </p>
        </section>

        <section aria-labelledby="reliability">
          <SectionHeading id="reliability">How reliable each source is</SectionHeading>
          <p>Editors place each source on this scale; until one has, its page says “{NOT_ASSESSED.toLowerCase()}”.</p>
          <dl className="mt-3 space-y-3">
            {Object.entries(RELIABILITY_TIERS).map(([tier, t]) => (
              <div key={tier}>
                <dt className="font-semibold text-ink-900">{t.label}</dt>
                <dd className="text-ink-700">{t.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="review">
          <SectionHeading id="review">How entries are reviewed</SectionHeading>
          <p>
            Editors write drafts; nothing reaches this site until an administrator has reviewed it, seeing each change word by word. Every published version is kept, so a page can
            be traced to what it said before. Readers&apos; corrections go to the editors&apos; inbox and are handled the same way: a change goes through review, or the reader is
            answered.
          </p>
        </section>

        <section aria-labelledby="figures">
          <SectionHeading id="figures">What the figures count</SectionHeading>
          <ul>
            <li>
              <strong>Countries with a page</strong>: every country this atlas has published, whether or not a summary of the relations is written yet; historical states (the
              Soviet Union) count once each.
            </li>
            <li>
              <strong>Dated events</strong>: events recorded with a date, as precise as the source (a day, a month, a season, a year). A country&apos;s count holds the events that
              name it; statements without a date, like most of a summary, are not events.
            </li>
            <li>
              <strong>Missions abroad</strong>: {focus}&apos;s embassies, consulates and other missions in other countries that the atlas records — not every mission {focus} has.
            </li>
            <li>
              <strong>Organisation memberships</strong>: the organisations the sources list {focus} as belonging to. Lists without a date may include organisations that have since
              ceased to exist; their pages say when they ended.
            </li>
            <li>
              <strong>Map shades</strong>: for each country, the number of sourced records of its ties with {focus} (events, missions either way, shared memberships, facts),
              counted one each.
            </li>
            <li>
              <strong>Statistics</strong> carry the year they are for. A figure without one says “year not recorded”; one more than {site.staleAfterYears} years old is flagged as
              possibly out of date.
            </li>
            <li>
              <strong>Dates not recorded</strong> are shown as such, never guessed. A filter by date leaves them out unless you ask to include them.
            </li>
          </ul>
        </section>

        <section aria-labelledby="reuse">
          <SectionHeading id="reuse">Reuse and corrections</SectionHeading>
          <p>
            The data is open: see{" "}
            <Link href="/license" className={link}>
              the licence
            </Link>{" "}
            and{" "}
            <Link href="/data" className={link}>
              the open data
            </Link>
            . Found a mistake? Every entry&apos;s page has a “Suggest a correction” form at its foot, and{" "}
            <Link href="/contact" className={link}>
              the contact page
            </Link>{" "}
            takes anything else. No account is needed.
          </p>
        </section>
      </Container>
    </>
  );
}
