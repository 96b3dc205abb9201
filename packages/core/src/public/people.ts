import type { Db } from "@atlas/db";

import type { Precision } from "../dates/fuzzy-date.ts";
import { isSlug } from "../text.ts";
import { footnote, loadCitations, type Footnote, type PublicCitation, type Reference, type Statement } from "./citations.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { eventStatements, loadEvents, notedEvent, pastOf, type NotedEvent } from "./events.ts";
import { PUBLISHED } from "./published.ts";
import { countryRefSelect, getSite, type CountryRef } from "./site.ts";

/**
 * A role someone held, as the events that name it date it (first and last seen), with the
 * sources of those events, which name the role, and their footnotes (none: unsourced).
 */
export type PersonRole = { role: string; country: CountryRef | null; from: PublicDate; to: PublicDate; events: number; citations: PublicCitation[]; notes: Footnote[] };

export type PersonPage = {
  person: {
    id: string;
    slug: string;
    name: string;
    aliases: string[];
    description: string | null;
    wikidataId: string | null;
    bornYear: number | null;
    diedYear: number | null;
    country: CountryRef | null;
  };
  /** Roles over time, earliest first. */
  roles: PersonRole[];
  events: NotedEvent[];
  references: Reference[];
};

export type PersonListItem = { id: string; slug: string; name: string; country: CountryRef | null; roles: PersonRole[] };

type RoleRow = { personId: string; eventId: string; role: string; country: CountryRef | null; event: { startDate: Date; startPrecision: Precision } };

const roleKey = (personId: string, i: number) => `role-${personId}-${i}`;
const roleStatements = (personId: string, roles: PersonRole[]): Statement[] => roles.map((r, i) => ({ key: roleKey(personId, i), citations: r.citations }));
const withNotes = (personId: string, roles: PersonRole[], notes: Map<string, Footnote[]>) => roles.map((r, i) => ({ ...r, notes: notes.get(roleKey(personId, i)) ?? [] }));

/** Each person's roles, from the published events that name them, earliest first. */
async function loadRoles(db: Db, personIds: string[]): Promise<Map<string, PersonRole[]>> {
  const rows: RoleRow[] = await db.eventParticipant.findMany({
    // Stryker disable next-line ObjectLiteral: the ids only narrow the query; rows are grouped by their own person id below
    where: { personId: { in: personIds }, event: PUBLISHED },
    select: { personId: true, eventId: true, role: true, country: { select: countryRefSelect }, event: { select: { startDate: true, startPrecision: true } } },
    orderBy: { event: { startDate: "asc" } },
  });
  const citations = await loadCitations(db, [...new Set(rows.map((r) => r.eventId))]);
  const byPerson = new Map<string, PersonRole[]>();
  for (const r of rows) {
    const roles = byPerson.get(r.personId) ?? [];
    const date = publicDate(r.event.startDate, r.event.startPrecision)!;
    const cited = citations.get(r.eventId) ?? [];
    const known = roles.find((x) => x.role === r.role);
    if (known) Object.assign(known, { to: date, events: known.events + 1, citations: [...known.citations, ...cited] });
    else roles.push({ role: r.role, country: r.country, from: date, to: date, events: 1, citations: cited, notes: [] });
    byPerson.set(r.personId, roles);
  }
  return byPerson;
}

/** Everyone with a page, by name, with the roles they held and the references that name them. */
export async function listPeople(db: Db): Promise<{ people: PersonListItem[]; references: Reference[] }> {
  const people = await db.person.findMany({
    where: PUBLISHED,
    orderBy: { name: "asc" },
    // Stryker disable next-line ObjectLiteral: `entry: {}` selects every column of the entry, the status among them (and it is dropped below)
    select: { id: true, slug: true, name: true, country: { select: { ...countryRefSelect, entry: { select: { status: true } } } } },
  });
  const roles = await loadRoles(
    db,
    people.map((p) => p.id),
  );
  const { notes, references } = footnote(people.flatMap((p) => roleStatements(p.id, roles.get(p.id) ?? [])));
  return {
    people: people.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      country: p.country && p.country.entry.status === "PUBLISHED" ? (({ entry: _e, ...c }) => c)(p.country) : null,
      roles: withNotes(p.id, roles.get(p.id) ?? [], notes),
    })),
    references,
  };
}

export async function getPersonPage(db: Db, slug: string): Promise<PersonPage | null> {
  // Stryker disable next-line ConditionalExpression: no person is stored under a slug that fails isSlug, so the query finds none anyway; this skips it
  if (!isSlug(slug)) return null;
  const person = await db.person.findFirst({
    where: { slug, ...PUBLISHED },
    // Stryker disable next-line ObjectLiteral: `entry: {}` selects every column of the entry, the status among them (and it is dropped below)
    include: { country: { select: { ...countryRefSelect, entry: { select: { status: true } } } } },
  });
  if (!person) return null;
  const site = await getSite(db);
  const [events, roles] = await Promise.all([loadEvents(db, { participants: { some: { personId: person.id } } }, { take: 100, past: pastOf(site) }), loadRoles(db, [person.id])]);
  const { country, ...rest } = person;
  // Footnoted as the page reads: the roles, then the events.
  const own = roles.get(person.id) ?? [];
  const { notes, references } = footnote([...roleStatements(person.id, own), ...events.flatMap((e) => eventStatements(e))]);
  return {
    person: {
      id: rest.id,
      slug: rest.slug,
      name: rest.name,
      aliases: rest.aliases,
      description: rest.description,
      wikidataId: rest.wikidataId,
      bornYear: rest.bornYear,
      diedYear: rest.diedYear,
      country: country && country.entry.status === "PUBLISHED" ? (({ entry: _e, ...c }) => c)(country) : null,
    },
    roles: withNotes(person.id, own, notes),
    events: events.map((e) => notedEvent(e, notes)),
    references,
  };
}
