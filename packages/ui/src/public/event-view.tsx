import type { PublicEvent } from "@atlas/core/public";

import { Container } from "../layout.tsx";
import { EventItem } from "./event-item.tsx";
import { ReferenceList } from "./footnotes.tsx";
import { sameSite, type Linker } from "./link.ts";

/** The page of one event, its sources as footnotes. */
export function EventView({ event, link = sameSite }: { event: PublicEvent; link?: Linker }) {
  const references = event.citations.map((citation, i) => ({ n: i + 1, citation, citedBy: [`event-${event.slug}`] }));
  return (
    <Container className="py-8">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-600">
        <a href={link("/timeline")} className="text-sky-700 hover:underline">
          Timeline
        </a>{" "}
        / <span aria-current="page">{event.start.display}</span>
      </nav>
      <h1 className="mt-3 font-serif text-3xl font-semibold tracking-tight text-ink-900 sm:text-4xl">{event.title}</h1>
      <div className="mt-6">
        <EventItem event={{ ...event, title: event.title }} notes={references.map((r) => r.n)} headingLevel={2} link={link} />
      </div>
      <ReferenceList references={references} />
    </Container>
  );
}
