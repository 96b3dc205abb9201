import type { EventPage } from "@atlas/core/public";

import { Container } from "../layout.tsx";
import { EventItem } from "./event-item.tsx";
import { ReferenceList } from "./footnotes.tsx";
import { sameSite, type Linker } from "./link.ts";

/** The page of one event, its sources as footnotes. The title is the page's heading, once. */
export function EventView({ event, link = sameSite }: { event: EventPage; link?: Linker }) {
  return (
    <Container className="py-8">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-600">
        <a href={link("/timeline")} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
          Timeline
        </a>{" "}
        / <span aria-current="page">{event.start.display}</span>
      </nav>
      <h1 className="mt-3 font-serif text-3xl font-semibold tracking-tight text-ink-900 sm:text-4xl">{event.title}</h1>
      <div className="mt-6">
        <EventItem event={event} cited={event.cited} showTitle={false} link={link} />
      </div>
      <ReferenceList references={event.references} link={link} />
    </Container>
  );
}
