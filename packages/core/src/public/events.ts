import type { Db, Prisma } from "@atlas/db";
import type { EventType } from "@atlas/db/enums";

import { EVENT_TYPE_LABELS, qualifierNote, type Qualifiers } from "../entries/labels.ts";
import { isSlug } from "../text.ts";
import { footnote, loadCitations, type CitedText, type Footnote, type PublicCitation, type Reference, type Statement } from "./citations.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { PUBLISHED } from "./published.ts";
import { countryRefSelect, getSite, type CountryRef, type PublicSite } from "./site.ts";

/** Ids of the focus country's predecessors (site.focus.predecessors): their events are the focus country's too. */
export type FocusPast = ReadonlySet<string>;

export type { CountryRef };
export type PublicEvent = {
  id: string;
  slug: string;
  title: string;
  description: string;
  type: EventType;
  typeLabel: string;
  start: PublicDate;
  end: PublicDate | null;
  place: string | null;
  placeCountry: CountryRef | null;
  countries: CountryRef[];
  /** The focus country as it then was, when the event names a predecessor of it ("as the Mongolian People's Republic"). */
  asFocus: CountryRef | null;
  participants: { person: { id: string; slug: string; name: string }; role: string; country: CountryRef | null }[];
  organizations: { id: string; slug: string; name: string; acronym: string | null }[];
  qualifiers: Qualifiers;
  qualifierNote: string | null;
  version: number;
  publishedAt: string | null;
  citations: PublicCitation[];
};

const countryRef = { select: countryRefSelect } as const;
const published = { entry: { select: { status: true } } } as const;

// Events are read in two rounds of small queries rather than one large join: for 50 events
// Postgres plans the large one for longer than it takes to run (see bench/README.md).
const eventSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  type: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  place: true,
  placeCountry: { select: { ...countryRef.select, ...published } },
  entry: { select: { official: true, certainty: true, attribution: true, version: true, publishedAt: true } },
} as const satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

/** Countries, people and organisations of the given events (published ones only), by event. */
async function loadLinks(db: Db, ids: string[]) {
  const [countries, participants, organizations] = await Promise.all([
    db.eventCountry.findMany({ where: { eventId: { in: ids } }, select: { eventId: true, country: { select: { ...countryRef.select, ...published } } } }),
    db.eventParticipant.findMany({
      where: { eventId: { in: ids } },
      orderBy: { position: "asc" },
      select: { eventId: true, role: true, person: { select: { id: true, slug: true, name: true, ...published } }, country: { select: { ...countryRef.select, ...published } } },
    }),
    db.eventOrganization.findMany({
      where: { eventId: { in: ids } },
      select: { eventId: true, organization: { select: { id: true, slug: true, name: true, acronym: true, ...published } } },
    }),
  ]);
  return { countries, participants, organizations };
}

const isPublic = <T extends { entry: { status: string } }>(x: T | null): x is T => x !== null && x.entry.status === "PUBLISHED";
const ref = <T extends { entry: unknown }>({ entry: _entry, ...rest }: T) => rest;

function assemble(rows: EventRow[], links: Awaited<ReturnType<typeof loadLinks>>, citations: Map<string, PublicCitation[]>, past: FocusPast): PublicEvent[] {
  return rows.map((e) => {
    const qualifiers = { official: e.entry.official, certainty: e.entry.certainty, attribution: e.entry.attribution };
    const countries = links.countries
      .filter((l) => l.eventId === e.id && isPublic(l.country))
      .map((l) => ref(l.country))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      id: e.id,
      slug: e.slug,
      title: e.title,
      description: e.description,
      type: e.type,
      typeLabel: EVENT_TYPE_LABELS[e.type],
      start: publicDate(e.startDate, e.startPrecision)!,
      end: publicDate(e.endDate, e.endPrecision),
      place: e.place,
      placeCountry: isPublic(e.placeCountry) ? ref(e.placeCountry) : null,
      countries,
      asFocus: countries.find((c) => past.has(c.id)) ?? null,
      participants: links.participants
        .filter((p) => p.eventId === e.id && isPublic(p.person))
        .map((p) => ({ person: ref(p.person), role: p.role, country: isPublic(p.country) ? ref(p.country) : null })),
      organizations: links.organizations.filter((o) => o.eventId === e.id && isPublic(o.organization)).map((o) => ref(o.organization)),
      qualifiers,
      qualifierNote: qualifierNote(qualifiers),
      version: e.entry.version,
      publishedAt: e.entry.publishedAt?.toISOString() ?? null,
      citations: citations.get(e.id) ?? [],
    };
  });
}

/**
 * Published events matching `where`, newest first, with everything a page shows. Pages that
 * gather citations for many statements at once pass `citations: false` and add them later.
 */
export async function loadEvents(db: Db, where: Prisma.EventWhereInput, page: { take: number; skip?: number; citations?: boolean; past?: FocusPast }): Promise<PublicEvent[]> {
  const rows = await db.event.findMany({
    where: { AND: [where, PUBLISHED] },
    orderBy: [{ startDate: "desc" }, { slug: "asc" }],
    take: page.take,
    skip: page.skip ?? 0,
    select: eventSelect,
  });
  const ids = rows.map((r) => r.id);
  const [links, citations] = await Promise.all([loadLinks(db, ids), page.citations === false ? new Map<string, PublicCitation[]>() : loadCitations(db, ids)]);
  return assemble(rows, links, citations, page.past ?? new Set());
}

/** The given published events, newest first, read in a single round of queries (no citations). */
export async function loadEventsByIds(db: Db, ids: string[], past: FocusPast = new Set()): Promise<PublicEvent[]> {
  const [rows, links] = await Promise.all([db.event.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: eventSelect }), loadLinks(db, ids)]);
  rows.sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || a.slug.localeCompare(b.slug));
  return assemble(rows, links, new Map(), past);
}

/**
 * An event as a page shows it: the footnotes of the event, and of each participant's role (the
 * sources that tell of the event name the role: "Agriculture Secretary Johanns"). Empty notes:
 * nothing published supports it, and readers see it marked unsourced.
 */
export type NotedEvent = PublicEvent & { notes: Footnote[]; roleNotes: Record<string, Footnote[]> };

const eventKey = (e: PublicEvent) => `event-${e.slug}`;

/** The statements an event makes on a page, in reading order: the event (its text, when the page shows it cited), then each role. */
export const eventStatements = (e: PublicEvent, text?: string): Statement[] => [
  { key: eventKey(e), citations: e.citations, text },
  ...e.participants.map((p) => ({ key: `${eventKey(e)}-role-${p.person.id}`, citations: e.citations })),
];

/** The event with the footnotes `footnote()` gave its statements. */
export const notedEvent = <E extends PublicEvent>(e: E, notes: Map<string, Footnote[]>): E & Omit<NotedEvent, keyof PublicEvent> => ({
  ...e,
  notes: notes.get(eventKey(e)) ?? [],
  roleNotes: Object.fromEntries(e.participants.map((p) => [p.person.id, notes.get(`${eventKey(e)}-role-${p.person.id}`) ?? []])),
});

/** Events of a list page (the timeline, the home page), footnoted in the order they are read, with the page's references. */
export function footnoteEvents(events: PublicEvent[]): { events: NotedEvent[]; references: Reference[] } {
  const { notes, references } = footnote(events.flatMap((e) => eventStatements(e)));
  return { events: events.map((e) => notedEvent(e, notes)), references };
}

/** An event's own page: its description with footnotes after the sentences they support. */
export type EventPage = NotedEvent & { cited: CitedText | null; references: Reference[] };

export async function getEvent(db: Db, slug: string): Promise<EventPage | null> {
  if (!isSlug(slug)) return null;
  const site = await getSite(db);
  const [event] = await loadEvents(db, { slug }, { take: 1, past: pastOf(site) });
  if (!event) return null;
  const { notes, texts, references } = footnote(eventStatements(event, event.description));
  return { ...notedEvent(event, notes), cited: texts.get(eventKey(event)) ?? null, references };
}

/** The ids of the focus country's predecessors, from the site. */
export const pastOf = (site: PublicSite): FocusPast => new Set(site.focus.predecessors.map((p) => p.id));
