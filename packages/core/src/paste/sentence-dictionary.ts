import type { Db } from "@atlas/db";
import type { MembershipStatus, MissionType } from "@atlas/db/enums";

// The atlas's own dictionary for reading a pasted sentence: its published names, the cities it
// knows the country of (missions' cities, events' places), and the memberships and missions it
// already records, so that a sentence restating them links instead of drafting twice.

export type Named = { id: string; name: string; aliases: string[] };
export type Dictionary = {
  focusCountryId: string | null;
  countries: (Named & { iso2: string | null })[];
  people: (Named & { countryId: string | null })[];
  organizations: (Named & { acronym: string | null })[];
  sourcesByMarker: Map<string, { id: string; label: string }>;
  /** City (lower case) → the atlas id of its country. */
  places: Map<string, string>;
  memberships: { id: string; countryId: string; organizationId: string; status: MembershipStatus }[];
  missions: { id: string; senderId: string; hostId: string; city: string; type: MissionType }[];
};

const published = { entry: { status: "PUBLISHED" as const } };

/** Published entries only: a draft is not yet something a sentence can be matched against. */
export async function dictionaryOf(db: Db): Promise<Dictionary> {
  const [site, countries, people, organizations, sources, memberships, missions, events] = await Promise.all([
    db.site.findFirst({ select: { focusCountryId: true } }),
    db.country.findMany({ where: published, select: { id: true, name: true, aliases: true, iso2: true } }),
    db.person.findMany({ where: published, select: { id: true, name: true, aliases: true, countryId: true } }),
    db.organization.findMany({ where: published, select: { id: true, name: true, aliases: true, acronym: true } }),
    db.source.findMany({ where: { ...published, marker: { not: null } }, select: { id: true, marker: true, title: true } }),
    db.membership.findMany({ where: published, select: { id: true, countryId: true, organizationId: true, status: true } }),
    db.mission.findMany({ where: published, select: { id: true, senderId: true, hostId: true, city: true, type: true } }),
    db.event.findMany({ where: { ...published, place: { not: null }, placeCountryId: { not: null } }, select: { place: true, placeCountryId: true }, distinct: ["place"] }),
  ]);
  const places = new Map<string, string>([
    ...events.map((e) => [e.place!.toLowerCase(), e.placeCountryId!] as const),
    ...missions.map((m) => [m.city.toLowerCase(), m.hostId] as const),
  ]);
  return {
    focusCountryId: site?.focusCountryId ?? null,
    countries,
    people,
    organizations,
    sourcesByMarker: new Map(sources.map((s) => [s.marker!, { id: s.id, label: s.title }])),
    places,
    memberships,
    missions,
  };
}
