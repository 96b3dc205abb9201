import type { Db } from "@atlas/db";

import type { Precision } from "../dates/fuzzy-date.ts";
import { isSlug } from "../text.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { loadEvents, pastOf, type PublicEvent } from "./events.ts";
import { PUBLISHED } from "./published.ts";
import { countryRefSelect, getSite, type CountryRef } from "./site.ts";

/** A role someone held, as the events that name it date it: first and last seen. */
export type PersonRole = { role: string; country: CountryRef | null; from: PublicDate; to: PublicDate; events: number };

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
  events: PublicEvent[];
};

export type PersonListItem = { id: string; slug: string; name: string; country: CountryRef | null; roles: PersonRole[] };

type RoleRow = { personId: string; role: string; country: CountryRef | null; event: { startDate: Date; startPrecision: Precision } };

/** Each person's roles, from the published events that name them, earliest first. */
async function loadRoles(db: Db, personIds: string[]): Promise<Map<string, PersonRole[]>> {
  const rows: RoleRow[] = await db.eventParticipant.findMany({
    // Stryker disable next-line ObjectLiteral: the ids only narrow the query; rows are grouped by their own person id below
    where: { personId: { in: personIds }, event: PUBLISHED },
    select: { personId: true, role: true, country: { select: countryRefSelect }, event: { select: { startDate: true, startPrecision: true } } },
    orderBy: { event: { startDate: "asc" } },
  });
  const byPerson = new Map<string, PersonRole[]>();
  for (const r of rows) {
    const roles = byPerson.get(r.personId) ?? [];
    const date = publicDate(r.event.startDate, r.event.startPrecision)!;
    const known = roles.find((x) => x.role === r.role);
    if (known) Object.assign(known, { to: date, events: known.events + 1 });
    else roles.push({ role: r.role, country: r.country, from: date, to: date, events: 1 });
    byPerson.set(r.personId, roles);
  }
  return byPerson;
}

/** Everyone with a page, by name, with the roles they held. */
export async function listPeople(db: Db): Promise<PersonListItem[]> {
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
  return people.map((p) => ({
    id: p.id,
    slug: p.slug,
    name: p.name,
    country: p.country && p.country.entry.status === "PUBLISHED" ? (({ entry: _e, ...c }) => c)(p.country) : null,
    roles: roles.get(p.id) ?? [],
  }));
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
    roles: roles.get(person.id) ?? [],
    events,
  };
}
