import type { Db } from "@atlas/db";
import type { MembershipStatus, MissionType, PolityKind, RelationshipStatus } from "@atlas/db/enums";

import { MEMBERSHIP_STATUS_LABELS, MISSION_TYPE_LABELS, POLITY_KIND_LABELS, qualifierNote, RELATIONSHIP_STATUS_LABELS, type Qualifiers } from "../entries/labels.ts";
import { countryNameIn } from "../names/country-names.ts";
import { isSlug } from "../text.ts";
import { footnote, loadCitations, type CitedText, type Footnote, type PublicCitation, type Reference, type Statement } from "./citations.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { loadDisputes, type Dispute, type PublicAlternative } from "./disputes.ts";
import { eventStatements, loadEventsByIds, notedEvent, pastOf, type NotedEvent } from "./events.ts";
import { loadFacts, type PublicFact } from "./facts.ts";
import { PUBLISHED } from "./published.ts";
import { countryRefSelect, getSite, type CountryRef } from "./site.ts";
import { loadStatusHistory, type PublicStage } from "./status-history.ts";

/** Country pages show the newest events; the timeline holds the rest. */
export const COUNTRY_PAGE_EVENTS = 50;

type Noted = { notes: Footnote[] };
/** A dispute as a page shows it: each other reading with its footnotes. */
export type NotedDispute = Omit<Dispute, "alternatives"> & { alternatives: (PublicAlternative & Noted)[] };
type Disputed = { dispute: NotedDispute | null };

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
  /** Other readings of either status, if sources disagree. */
  focusDispute: NotedDispute | null;
  counterpartDispute: NotedDispute | null;
};

type Succession = CountryRef & { existedFrom: number | null; existedUntil: number | null };

export type CountryPage = {
  focus: CountryRef;
  country: {
    id: string;
    slug: string;
    name: string;
    takesArticle: boolean;
    /** Its name in the focus country's language ("Орос"), when known. */
    localName: { language: string; languageName: string; name: string } | null;
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
    successor: Succession | null;
    predecessors: Succession[];
    /** The focus country as it was before (its events are the focus country's own). */
    isFocusPast: boolean;
  };
  relationship:
    | ({
        id: string;
        status: RelationshipStatus;
        statusLabel: string;
        summary: string;
        /** The summary with its inline footnotes. */
        cited: CitedText | null;
        established: PublicDate | null;
        qualifierNote: string | null;
        citations: PublicCitation[];
        /** What supports the status and the date relations were established (the badges). */
        statusCitations: PublicCitation[];
        /** Their footnotes; empty: the badges are marked unsourced. */
        statusNotes: Footnote[];
      } & Noted &
        Disputed)
    | null;
  /** The dated steps of the relations (established, suspended, a strategic partnership…), oldest first. */
  statusHistory: (PublicStage & Noted)[];
  facts: (PublicFact & Noted & Disputed)[];
  events: NotedEvent[];
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
const succession = { ...countryRefSelect, existedFrom: true, existedUntil: true } as const;

/** A dispute's readings as statements to footnote, keyed after the statement they compete with. */
export const disputeStatements = (key: string, d: Dispute | null | undefined): Statement[] =>
  d ? d.alternatives.map((a, i) => ({ key: `${key}-alt-${i + 1}`, citations: a.citations })) : [];
export const notedDispute = (key: string, d: Dispute | null | undefined, notes: Map<string, Footnote[]>): NotedDispute | null =>
  d ? { ...d, alternatives: d.alternatives.map((a, i) => ({ ...a, notes: notes.get(`${key}-alt-${i + 1}`) ?? [] })) } : null;

/** Everything the public page of one country shows, published data only; null if unknown. */
export async function getCountryPage(db: Db, slug: string): Promise<CountryPage | null> {
  if (!isSlug(slug)) return null;
  // Three rounds of queries, each as wide as it can be: the country (and the site); all it links
  // to, by id; then the events and every citation of the page. (Relation filters from the slug
  // in one round were tried: Postgres then misjudges the joins on Entry; see bench/README.md.)
  const [country, site] = await Promise.all([
    db.country.findFirst({
      where: { slug, ...PUBLISHED },
      include: {
        successor: { select: { ...succession, entry: { select: { status: true } } } },
        predecessors: { where: PUBLISHED, select: succession },
      },
    }),
    getSite(db),
  ]);
  if (!country) return null;
  const focusId = site.focus.id;
  const past = pastOf(site);

  const [relationship, eventLinks, missions, memberships, facts, bodies, history] = await Promise.all([
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
      include: { entry: true, sender: { select: countryRefSelect }, host: { select: countryRefSelect } },
    }),
    // Both countries' memberships (a few dozen rows); the shared ones are picked below.
    db.membership.findMany({ where: { countryId: { in: [country.id, focusId] }, ...PUBLISHED, organization: PUBLISHED }, include: { entry: true, organization: true } }),
    loadFacts(db, { countryId: country.id }, { staleAfterYears: site.staleAfterYears, citations: false }),
    db.body.findMany({ where: { countries: { some: { countryId: country.id } }, ...PUBLISHED }, orderBy: { name: "asc" } }),
    loadStatusHistory(db, [country.id]),
  ]);
  const steps = history.get(country.id) ?? [];

  const eventCount = eventLinks[0]?.total ?? 0;
  const focusMemberships = memberships.filter((m) => m.countryId === focusId);
  const shared = memberships
    .filter((m) => m.countryId === country.id && focusMemberships.some((f) => f.organizationId === m.organizationId))
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name));
  const focusOf = (m: (typeof shared)[number]) => focusMemberships.find((f) => f.organizationId === m.organizationId)!;
  const eventIds = eventLinks.map((l) => l.eventId);
  const statementIds = [
    ...eventIds,
    ...facts.map((f) => f.id),
    ...(relationship ? [relationship.id] : []),
    ...missions.map((m) => m.id),
    ...shared.flatMap((m) => [m.id, focusOf(m).id]),
    ...bodies.map((b) => b.id),
    ...steps.map((s) => s.id),
  ];
  const [loaded, citations, statusCitations, disputes] = await Promise.all([
    loadEventsByIds(db, eventIds, past),
    loadCitations(db, statementIds),
    relationship ? loadCitations(db, [relationship.id], "status") : new Map<string, PublicCitation[]>(),
    loadDisputes(db, statementIds),
  ]);
  const cited = (id: string) => citations.get(id) ?? [];
  const events = loaded.map((e) => ({ ...e, citations: cited(e.id) }));
  const factList = facts.map((f) => ({ ...f, citations: cited(f.id) }));
  const stepList = steps.map((st) => ({ ...st, citations: cited(st.id) }));

  const rel = relationship && {
    id: relationship.id,
    status: relationship.status,
    statusLabel: RELATIONSHIP_STATUS_LABELS[relationship.status],
    summary: relationship.summary,
    established: publicDate(relationship.establishedOn, relationship.establishedPrecision),
    qualifierNote: note(relationship.entry),
    citations: cited(relationship.id),
    statusCitations: statusCitations.get(relationship.id) ?? [],
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
    citations: cited(m.id),
  }));
  const membershipList = shared.map((m) => {
    const focus = focusOf(m);
    return {
      id: m.id,
      focusId: focus.id,
      organization: { slug: m.organization.slug, name: m.organization.name, acronym: m.organization.acronym },
      focusStatus: MEMBERSHIP_STATUS_LABELS[focus.status],
      counterpartStatus: MEMBERSHIP_STATUS_LABELS[m.status],
      statuses: { focus: focus.status, counterpart: m.status },
      since: publicDate(m.sinceDate, m.sincePrecision),
      qualifierNote: note(m.entry),
      citations: [...cited(m.id), ...cited(focus.id)],
    };
  });
  const bodyList = bodies.map((b) => ({
    slug: b.slug,
    name: b.name,
    description: b.description,
    founded: publicDate(b.foundedOn, b.foundedPrecision),
    dissolved: publicDate(b.dissolvedOn, b.dissolvedPrecision),
    citations: cited(b.id),
  }));

  // Footnotes are numbered in the order the page reads: the status badges, the summary sentence
  // by sentence, then each statement, each followed by its other readings when it is disputed.
  const { notes, texts, references } = footnote([
    ...(rel && relationship
      ? [
          { key: "relationship-status", citations: rel.statusCitations },
          { key: "relationship", citations: rel.citations, text: rel.summary },
          ...disputeStatements("relationship", disputes.get(relationship.id)),
        ]
      : []),
    ...stepList.map((st) => ({ key: `status-${st.id}`, citations: st.citations })),
    ...factList.flatMap((f) => [{ key: `fact-${f.id}`, citations: f.citations }, ...disputeStatements(`fact-${f.id}`, disputes.get(f.id))]),
    ...events.flatMap((e) => eventStatements(e)),
    ...missionList.map((m) => ({ key: `mission-${m.id}`, citations: m.citations })),
    ...membershipList.flatMap((m) => [
      { key: `membership-${m.id}`, citations: m.citations },
      ...disputeStatements(`membership-${m.id}-focus`, disputes.get(m.focusId)),
      ...disputeStatements(`membership-${m.id}`, disputes.get(m.id)),
    ]),
    ...bodyList.map((b) => ({ key: `body-${b.slug}`, citations: b.citations })),
  ]);
  const n = (key: string) => notes.get(key) ?? [];
  const dates = [relationship?.entry.publishedAt, ...missions.map((m) => m.entry.publishedAt), ...events.map((e) => (e.publishedAt ? new Date(e.publishedAt) : null))]
    .filter((d): d is Date => Boolean(d))
    .map((d) => d.getTime());
  const latest = dates.length ? new Date(Math.max(...dates)) : null;
  const localName = site.language ? countryNameIn(country.iso2, site.language.code) : null;

  return {
    focus: { id: site.focus.id, slug: site.focus.slug, name: site.focus.name, takesArticle: site.focus.takesArticle },
    country: {
      id: country.id,
      slug: country.slug,
      name: country.name,
      takesArticle: country.takesArticle,
      localName: localName && site.language ? { language: site.language.code, languageName: site.language.name, name: localName } : null,
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
      successor: country.successor && country.successor.entry.status === "PUBLISHED" ? (({ entry: _e, ...s }) => s)(country.successor) : null,
      predecessors: country.predecessors,
      isFocusPast: past.has(country.id),
    },
    relationship: rel &&
      relationship && {
        ...rel,
        cited: texts.get("relationship") ?? null,
        notes: n("relationship"),
        statusNotes: n("relationship-status"),
        dispute: notedDispute("relationship", disputes.get(relationship.id), notes),
      },
    statusHistory: stepList.map((st) => ({ ...st, notes: n(`status-${st.id}`) })),
    facts: factList.map((f) => ({ ...f, notes: n(`fact-${f.id}`), dispute: notedDispute(`fact-${f.id}`, disputes.get(f.id), notes) })),
    events: events.map((e) => notedEvent(e, notes)),
    eventCount,
    missions: missionList.map((m) => ({ ...m, notes: n(`mission-${m.id}`) })),
    memberships: membershipList.map(({ focusId: fid, ...m }) => ({
      ...m,
      notes: n(`membership-${m.id}`),
      focusDispute: notedDispute(`membership-${m.id}-focus`, disputes.get(fid), notes),
      counterpartDispute: notedDispute(`membership-${m.id}`, disputes.get(m.id), notes),
    })),
    bodies: bodyList.map((b) => ({ ...b, notes: n(`body-${b.slug}`) })),
    references,
    lastPublishedAt: latest?.toISOString() ?? null,
    lastUpdated: publicDate(latest, "DAY"),
  };
}
