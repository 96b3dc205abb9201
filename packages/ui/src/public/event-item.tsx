import type { CitedText, NotedEvent, PublicDate } from "@atlas/core/public";
import { routes } from "@atlas/core/routes";
import { stripMarkers, theName } from "@atlas/core/words";

import { Badge } from "../badge.tsx";
import { Markdown } from "../markdown.tsx";
import { CitedMarkdown, FootnoteRefs, Sourced } from "./footnotes.tsx";
import { sameSite, type Linker } from "./link.ts";

/** A date as precise as the data: <time datetime> only says what HTML can say without inventing. */
function When({ date }: { date: PublicDate }) {
  return date.datetime ? <time dateTime={date.datetime}>{date.display}</time> : <span>{date.display}</span>;
}

/**
 * One event in a timeline: its date as precisely as known, type, people and sources. The event
 * and each person's role carry their footnotes, or say they are unsourced.
 */
export function EventItem({
  event,
  cited,
  headingLevel = 3,
  showTitle = true,
  showCountries = true,
  link = sameSite,
}: {
  event: NotedEvent;
  /** The description with footnotes after its sentences (an event's own page). */
  cited?: CitedText | null;
  headingLevel?: 2 | 3;
  /** False where the page's own heading is the title already. */
  showTitle?: boolean;
  showCountries?: boolean;
  link?: Linker;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const id = `event-${event.slug}`;
  return (
    <article id={id} className="relative grid gap-1 border-l-2 border-sky-200 pb-6 pl-5 sm:grid-cols-[8.5rem_1fr] sm:gap-4 sm:border-l-0 sm:pl-0">
      <div className="text-sm font-semibold text-sky-800 sm:pt-0.5 sm:text-right">
        <When date={event.start} />
        {event.end && (
          <>
            {" – "}
            <When date={event.end} />
          </>
        )}
      </div>
      <div className="sm:border-l-2 sm:border-sky-200 sm:pl-5">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="blue">{event.typeLabel}</Badge>
          {event.qualifierNote && <Badge tone="amber">{event.qualifierNote}</Badge>}
          {event.asFocus && <Badge>as {theName(event.asFocus)}</Badge>}
        </div>
        {showTitle && (
          <H className="mt-1 font-serif text-lg font-semibold text-ink-900">
            <a href={link(routes.event(event.slug))} className="hover:text-sky-800 hover:underline">
              {event.title}
            </a>
          </H>
        )}
        <div className="noted mt-1 block text-[0.95rem]">
          {cited ? <CitedMarkdown cited={cited} /> : <Markdown>{stripMarkers(event.description)}</Markdown>}
          {/* A text cited sentence by sentence has its markers already: only one with none at all is unsourced. */}
          {cited?.groups.length ? <FootnoteRefs notes={event.notes} /> : <Sourced notes={event.notes} />}
        </div>
        {(event.participants.length > 0 || event.place || event.placeCountry || (showCountries && event.countries.length > 0)) && (
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-ink-600 sm:grid-cols-[auto_1fr]">
            {event.participants.length > 0 && (
              <>
                <dt className="font-medium text-ink-700">People</dt>
                <dd>
                  {event.participants.map((p, i) => (
                    <span key={p.person.id}>
                      {i > 0 && "; "}
                      <a href={link(routes.person(p.person.slug))} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
                        {p.person.name}
                      </a>
                      , {p.role}
                      <Sourced notes={event.roleNotes[p.person.id] ?? []} />
                    </span>
                  ))}
                </dd>
              </>
            )}
            {(event.place || event.placeCountry) && (
              <>
                <dt className="font-medium text-ink-700">Place</dt>
                <dd>{[event.place, event.placeCountry?.name].filter(Boolean).join(", ")}</dd>
              </>
            )}
            {showCountries && event.countries.length > 0 && (
              <>
                <dt className="font-medium text-ink-700">Countries</dt>
                <dd>
                  {event.countries.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ", "}
                      <a href={link(routes.country(c.slug))} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
                        {c.name}
                      </a>
                    </span>
                  ))}
                </dd>
              </>
            )}
          </dl>
        )}
      </div>
    </article>
  );
}
