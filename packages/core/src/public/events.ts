import type { Db, Prisma } from "@atlas/db";
import type { EventType } from "@atlas/db/enums";

import { EVENT_TYPE_LABELS, qualifierNote, type Qualifiers } from "../entries/labels.ts";
import { loadCitations, type PublicCitation } from "./citations.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { PUBLISHED } from "./published.ts";

export type CountryRef = { id: string; slug: string; name: string };
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
  participants: { person: { id: string; slug: string; name: string }; role: string; country: CountryRef | null }[];
  organizations: { id: string; slug: string; name: string; acronym: string | null }[];
  qualifiers: Qualifiers;
  qualifierNote: string | null;
  version: number;
  publishedAt: string | null;
  citations: PublicCitation[];
};

const countryRef = { select: { id: true, slug: true, name: true } } as const;

export const eventSelect = {
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
  placeCountry: countryRef,
  entry: { select: { official: true, certainty: true, attribution: true, version: true, publishedAt: true, status: true } },
  countries: { where: { country: PUBLISHED }, select: { country: countryRef }, orderBy: { country: { name: "asc" } } },
  participants: {
    where: { person: PUBLISHED },
    orderBy: { position: "asc" },
    select: { role: true, person: { select: { id: true, slug: true, name: true } }, country: countryRef },
  },
  organizations: { where: { organization: PUBLISHED }, select: { organization: { select: { id: true, slug: true, name: true, acronym: true } } } },
} as const satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

export function toPublicEvent(e: EventRow, citations: PublicCitation[]): PublicEvent {
  const qualifiers = { official: e.entry.official, certainty: e.entry.certainty, attribution: e.entry.attribution };
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
    placeCountry: e.placeCountry,
    countries: e.countries.map((c) => c.country),
    participants: e.participants.map((p) => ({ person: p.person, role: p.role, country: p.country })),
    organizations: e.organizations.map((o) => o.organization),
    qualifiers,
    qualifierNote: qualifierNote(qualifiers),
    version: e.entry.version,
    publishedAt: e.entry.publishedAt?.toISOString() ?? null,
    citations,
  };
}

/** Published events matching `where`, newest first, with everything a page shows. */
export async function loadEvents(db: Db, where: Prisma.EventWhereInput, page: { take: number; skip?: number }): Promise<PublicEvent[]> {
  const rows = await db.event.findMany({
    where: { AND: [where, PUBLISHED] },
    orderBy: [{ startDate: "desc" }, { slug: "asc" }],
    take: page.take,
    skip: page.skip ?? 0,
    select: eventSelect,
  });
  const citations = await loadCitations(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toPublicEvent(r, citations.get(r.id) ?? []));
}

export async function getEvent(db: Db, slug: string): Promise<PublicEvent | null> {
  const [event] = await loadEvents(db, { slug }, { take: 1 });
  return event ?? null;
}
