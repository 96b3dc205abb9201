import type { Db } from "@atlas/db";
import type { MembershipStatus, MissionType, PolityKind, RelationshipStatus } from "@atlas/db/enums";

import { MEMBERSHIP_STATUS_LABELS, MISSION_TYPE_LABELS, POLITY_KIND_LABELS, qualifierNote, RELATIONSHIP_STATUS_LABELS, type Qualifiers } from "../entries/labels.ts";
import { isSlug } from "../text.ts";
import { loadCitations, numberReferences, type PublicCitation, type Reference } from "./citations.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { loadEventsByIds, type CountryRef, type PublicEvent } from "./events.ts";
import { loadFacts, type PublicFact } from "./facts.ts";
import { PUBLISHED } from "./published.ts";
import { getSite } from "./site.ts";

/** Country pages show the newest events; the timeline holds the rest. */
export const COUNTRY_PAGE_EVENTS = 50;

type Noted = { notes: number[] };
export type PublicMission = {
  id: string;
  type: MissionType;
  typeLabel: string;
  city: string;
  name: string | null;
  sender: CountryRef;
  host: CountryRef;
  opened: PublicDate | null;
  closed: PublicDate | null;
  qualifierNote: string | null;
  citations: PublicCitation[];
};
export type SharedMembership = {
  id: string;
  organization: { slug: string; name: string; acronym: string | null };
  focusStatus: string | null;
  counterpartStatus: string;
  /** The same statuses as data (for the API). */
  statuses: { focus: MembershipStatus | null; counterpart: MembershipStatus };
  since: PublicDate | null;
  qualifierNote: string | null;
  citations: PublicCitation[];
};

export type CountryPage = {
  focus: CountryRef;
  country: {
    id: string;
    slug: string;
    name: string;
    officialName: string | null;
    kind: PolityKind;
    kindLabel: string;
    iso2: string | null;
    iso3: string | null;
    formerIsoCode: string | null;
    region: string;
    subregion: string | null;
    capital: string | null;
    wikidataId: string | null;
    existedFrom: number | null;
    existedUntil: number | null;
    aliases: string[];
    successor: CountryRef | null;
    predecessors: CountryRef[];
  };
  relationship:
    | ({ status: RelationshipStatus; statusLabel: string; summary: string; established: PublicDate | null; qualifierNote: string | null; citations: PublicCitation[] } & Noted)
    | null;
  facts: (PublicFact & Noted)[];
  events: (PublicEvent & Noted)[];
  eventCount: number;
  missions: (PublicMission & Noted)[];
  memberships: (SharedMembership & Noted)[];
  bodies: ({ slug: string; name: string; description: string | null; founded: PublicDate | null; dissolved: PublicDate | null; citations: PublicCitation[] } & Noted)[];
  references: Reference[];
  lastPublishedAt: string | null;
  /** The same, as the page shows it ("28 November 2026"). */
  lastUpdated: PublicDate | null;
};

const note = (q: Qualifiers) => qualifierNote(q);

/** Everything the public page of one counterpart shows, published data only; null if unknown. */
export async function getCountryPage(db: Db, slug: string): Promise<CountryPage | null> {
  if (!isSlug(slug)) return null;
  // Three rounds of queries, each as wide as it can be: the country (and the site); all it links
  // to, by id; then the events and every citation of the page. (Relation filters from the slug
  // in one round were tried: Postgres then misjudges the joins on Entry; see bench/README.md.)
  const [country, site] = await Promise.all([
    db.country.findFirst({
      where: { slug, ...PUBLISHED },
      include: {
        successor: { select: { id: true, slug: true, name: true, entry: { select: { status: true } } } },
        predecessors: { where: PUBLISHED, select: { id: true, slug: true, name: true } },
      },
    }),
    getSite(db),
  ]);
  if (!country) return null;
  const focusId = site.focus.id;

  const [relationship, eventLinks, missions, memberships, facts, bodies] = await Promise.all([
    db.relationship.findFirst({ where: { subjectId: focusId, counterpartId: country.id, ...PUBLISHED }, include: { entry: true } }),
    // Straight off the (countryId, startDate) index, however many events exist overall: the
    // database keeps these links for published events only (see the faster_country_timeline
    // migration). The window counts them all in the same pass.
    db.$queryRaw<{ eventId: string; total: number }[]>`
      SELECT "eventId", count(*) OVER ()::int AS total FROM "EventCountry"
      WHERE "countryId" = ${country.id} ORDER BY "startDate" DESC, "eventId" LIMIT ${COUNTRY_PAGE_EVENTS}`,
    db.mission.findMany({
      where: {
        OR: [
          { senderId: focusId, hostId: country.id },
          { senderId: country.id, hostId: focusId },
        ],
        ...PUBLISHED,
      },
      orderBy: [{ type: "asc" }, { city: "asc" }],
      include: { entry: true, sender: { select: { id: true, slug: true, name: true } }, host: { select: { id: true, slug: true, name: true } } },
    }),
    // Both countries' memberships (a few dozen rows); the shared ones are picked below.
    db.membership.findMany({ where: { countryId: { in: [country.id, focusId] }, ...PUBLISHED, organization: PUBLISHED }, include: { entry: true, organization: true } }),
    loadFacts(db, { countryId: country.id }, { citations: false }),
    db.body.findMany({ where: { countries: { some: { countryId: country.id } }, ...PUBLISHED }, orderBy: { name: "asc" } }),
  ]);

  const eventCount = eventLinks[0]?.total ?? 0;
  const focusMemberships = memberships.filter((m) => m.countryId === focusId);
  const shared = memberships
    .filter((m) => m.countryId === country.id && focusMemberships.some((f) => f.organizationId === m.organizationId))
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name));
  const eventIds = eventLinks.map((l) => l.eventId);
  const [loaded, citations] = await Promise.all([
    loadEventsByIds(db, eventIds),
    loadCitations(db, [
      ...eventIds,
      ...facts.map((f) => f.id),
      ...(relationship ? [relationship.id] : []),
      ...missions.map((m) => m.id),
      ...shared.flatMap((m) => [m.id, ...focusMemberships.filter((f) => f.organizationId === m.organizationId).map((f) => f.id)]),
      ...bodies.map((b) => b.id),
    ]),
  ]);
  const events = loaded.map((e) => ({ ...e, citations: citations.get(e.id) ?? [] }));
  const factList = facts.map((f) => ({ ...f, citations: citations.get(f.id) ?? [] }));

  const rel = relationship && {
    status: relationship.status,
    statusLabel: RELATIONSHIP_STATUS_LABELS[relationship.status],
    summary: relationship.summary,
    established: publicDate(relationship.establishedOn, relationship.establishedPrecision),
    qualifierNote: note(relationship.entry),
    citations: citations.get(relationship.id) ?? [],
  };
  const missionList = missions.map((m) => ({
    id: m.id,
    type: m.type,
    typeLabel: MISSION_TYPE_LABELS[m.type],
    city: m.city,
    name: m.name,
    sender: m.sender,
    host: m.host,
    opened: publicDate(m.openedOn, m.openedPrecision),
    closed: publicDate(m.closedOn, m.closedPrecision),
    qualifierNote: note(m.entry),
    citations: citations.get(m.id) ?? [],
  }));
  const membershipList = shared.map((m) => {
    const focus = focusMemberships.find((f) => f.organizationId === m.organizationId)!;
    return {
      id: m.id,
      organization: { slug: m.organization.slug, name: m.organization.name, acronym: m.organization.acronym },
      focusStatus: MEMBERSHIP_STATUS_LABELS[focus.status],
      counterpartStatus: MEMBERSHIP_STATUS_LABELS[m.status],
      statuses: { focus: focus.status, counterpart: m.status },
      since: publicDate(m.sinceDate, m.sincePrecision),
      qualifierNote: note(m.entry),
      citations: [...(citations.get(m.id) ?? []), ...(citations.get(focus.id) ?? [])],
    };
  });
  const bodyList = bodies.map((b) => ({
    slug: b.slug,
    name: b.name,
    description: b.description,
    founded: publicDate(b.foundedOn, b.foundedPrecision),
    dissolved: publicDate(b.dissolvedOn, b.dissolvedPrecision),
    citations: citations.get(b.id) ?? [],
  }));

  // Footnotes are numbered in the order the page reads.
  const { notes, references } = numberReferences([
    ...(rel ? [{ key: "relationship", citations: rel.citations }] : []),
    ...factList.map((f) => ({ key: `fact-${f.id}`, citations: f.citations })),
    ...events.map((e) => ({ key: `event-${e.slug}`, citations: e.citations })),
    ...missionList.map((m) => ({ key: `mission-${m.id}`, citations: m.citations })),
    ...membershipList.map((m) => ({ key: `membership-${m.id}`, citations: m.citations })),
    ...bodyList.map((b) => ({ key: `body-${b.slug}`, citations: b.citations })),
  ]);
  const n = (key: string) => notes.get(key) ?? [];
  const dates = [relationship?.entry.publishedAt, ...missions.map((m) => m.entry.publishedAt), ...events.map((e) => (e.publishedAt ? new Date(e.publishedAt) : null))]
    .filter((d): d is Date => Boolean(d))
    .map((d) => d.getTime());
  const latest = dates.length ? new Date(Math.max(...dates)) : null;

  return {
    focus: { id: site.focus.id, slug: site.focus.slug, name: site.focus.name },
    country: {
      id: country.id,
      slug: country.slug,
      name: country.name,
      officialName: country.officialName,
      kind: country.kind,
      kindLabel: POLITY_KIND_LABELS[country.kind],
      iso2: country.iso2,
      iso3: country.iso3,
      formerIsoCode: country.formerIsoCode,
      region: country.region,
      subregion: country.subregion,
      capital: country.capital,
      wikidataId: country.wikidataId,
      existedFrom: country.existedFrom,
      existedUntil: country.existedUntil,
      aliases: country.aliases,
      successor:
        country.successor && country.successor.entry.status === "PUBLISHED" ? { id: country.successor.id, slug: country.successor.slug, name: country.successor.name } : null,
      predecessors: country.predecessors,
    },
    relationship: rel && { ...rel, notes: n("relationship") },
    facts: factList.map((f) => ({ ...f, notes: n(`fact-${f.id}`) })),
    events: events.map((e) => ({ ...e, notes: n(`event-${e.slug}`) })),
    eventCount,
    missions: missionList.map((m) => ({ ...m, notes: n(`mission-${m.id}`) })),
    memberships: membershipList.map((m) => ({ ...m, notes: n(`membership-${m.id}`) })),
    bodies: bodyList.map((b) => ({ ...b, notes: n(`body-${b.slug}`) })),
    references,
    lastPublishedAt: latest?.toISOString() ?? null,
    lastUpdated: publicDate(latest, "DAY"),
  };
}
