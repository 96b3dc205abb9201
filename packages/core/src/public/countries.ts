import type { Db, Prisma } from "@atlas/db";
import type { RelationshipStatus } from "@atlas/db/enums";

import { RELATIONSHIP_STAGE_LABELS, RELATIONSHIP_STATUS_LABELS } from "../entries/labels.ts";
import { countryNameIn } from "../names/country-names.ts";
import { teaser } from "../words.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { PUBLISHED } from "./published.ts";
import { getSite } from "./site.ts";
import { loadStatusHistory, matchesStatus, statusOn, type PublicStage, type StatusFilter, type StatusOn } from "./status-history.ts";

export type CounterpartFilters = {
  region?: string;
  hasMission?: boolean;
  establishedBefore?: number;
  /** With `establishedBefore`, also keep the countries whose relations have no recorded start. */
  includeUnknown?: boolean;
  /** The day (YYYY-MM-DD) whose status of relations each counterpart is given (and filtered by). */
  on?: string;
  status?: StatusFilter;
};

type Step = Pick<PublicStage, "id" | "stage" | "label" | "date" | "note">;

/** What the atlas holds on the ties with one country: each a sourced record. */
export type Ties = { events: number; missions: number; sharedMemberships: number; facts: number };

export type Counterpart = {
  id: string;
  slug: string;
  name: string;
  takesArticle: boolean;
  /** Its name in the focus country's language, when known. */
  localName: string | null;
  region: string;
  subregion: string | null;
  iso2: string | null;
  isoNumeric: string | null;
  historical: boolean;
  /** Null while no summary of the relations is published (the country still has its page). */
  status: RelationshipStatus | null;
  statusLabel: string | null;
  established: PublicDate | null;
  /** The summary's first sentence(s), cut where a sentence ends. */
  summaryLine: string | null;
  counts: Ties;
  /** Every sourced record of the ties: events, missions both ways, shared memberships and facts. */
  ties: number;
  /** The dated steps of the relations, oldest first; relations "established" from the relationship's date when no step says so. */
  statusHistory: Step[];
  /** With the `on` filter: the status on that day. */
  statusOn: StatusOn | null;
};

/** How the map and its table measure ties: a plain count of sourced records, in these steps. */
export const TIE_STEPS = [1, 3, 6, 11] as const;
export const tiesOf = (c: Ties) => c.events + c.missions + c.sharedMemberships + c.facts;

/**
 * Every published country other than the focus country (and what it was before), with the
 * relationship when one is published: a newly published country is listed at once. Filtered, by name.
 */
export async function listCounterparts(db: Db, filters: CounterpartFilters = {}): Promise<Counterpart[]> {
  const site = await getSite(db);
  const focusId = site.focus.id;
  const own = [focusId, ...site.focus.predecessors.map((p) => p.id)];
  const before = filters.establishedBefore ? new Date(Date.UTC(filters.establishedBefore, 0, 1)) : null;
  const related = (establishedOn: Prisma.DateTimeNullableFilter | null): Prisma.CountryWhereInput => ({
    relationshipsWith: { some: { subjectId: focusId, ...PUBLISHED, establishedOn } },
  });
  // Unknown: a published relationship without a start date, or no published relationship at all.
  const unknownStart: Prisma.CountryWhereInput = { OR: [related({ equals: null }), { relationshipsWith: { none: { subjectId: focusId, ...PUBLISHED } } }] };
  const countries = await db.country.findMany({
    where: {
      id: { notIn: own },
      ...PUBLISHED,
      ...(filters.region ? { region: filters.region } : {}),
      ...(before ? (filters.includeUnknown ? { OR: [related({ lt: before }), unknownStart] } : related({ lt: before })) : {}),
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      takesArticle: true,
      region: true,
      subregion: true,
      iso2: true,
      isoNumeric: true,
      kind: true,
      relationshipsWith: { where: { subjectId: focusId, ...PUBLISHED }, select: { status: true, summary: true, establishedOn: true, establishedPrecision: true }, take: 1 },
    },
  });
  const ids = countries.map((c) => c.id);
  const [eventCounts, missions, memberships, focusOrgs, facts, history] = await Promise.all([
    db.eventCountry.groupBy({ by: ["countryId"], where: { countryId: { in: ids }, event: PUBLISHED }, _count: { _all: true } }),
    db.mission.findMany({
      where: {
        OR: [
          { senderId: focusId, hostId: { in: ids } },
          { hostId: focusId, senderId: { in: ids } },
        ],
        ...PUBLISHED,
      },
      select: { senderId: true, hostId: true },
    }),
    db.membership.findMany({ where: { countryId: { in: ids }, ...PUBLISHED, organization: PUBLISHED }, select: { countryId: true, organizationId: true } }),
    db.membership.findMany({ where: { countryId: focusId, ...PUBLISHED, organization: PUBLISHED }, select: { organizationId: true } }),
    db.fact.groupBy({ by: ["countryId"], where: { countryId: { in: ids }, ...PUBLISHED }, _count: { _all: true } }),
    loadStatusHistory(db, ids),
  ]);
  const focusOrgIds = new Set(focusOrgs.map((m) => m.organizationId));
  const rows = countries.map((c): Counterpart => {
    const r = c.relationshipsWith[0] ?? null;
    const counts = {
      events: eventCounts.find((x) => x.countryId === c.id)?._count._all ?? 0,
      missions: missions.filter((m) => m.senderId === c.id || m.hostId === c.id).length,
      sharedMemberships: new Set(memberships.filter((m) => m.countryId === c.id && focusOrgIds.has(m.organizationId)).map((m) => m.organizationId)).size,
      facts: facts.find((x) => x.countryId === c.id)?._count._all ?? 0,
    };
    const established = r ? publicDate(r.establishedOn, r.establishedPrecision) : null;
    const steps: Step[] = (history.get(c.id) ?? []).map(({ id, stage, label, date, note }) => ({ id, stage, label, date, note }));
    if (established && !steps.some((s) => s.stage === "ESTABLISHED"))
      steps.unshift({ id: `${c.id}~established`, stage: "ESTABLISHED", label: RELATIONSHIP_STAGE_LABELS.ESTABLISHED, date: established, note: null });
    return {
      id: c.id,
      slug: c.slug,
      name: c.name,
      takesArticle: c.takesArticle,
      localName: site.language ? countryNameIn(c.iso2, site.language.code) : null,
      region: c.region,
      subregion: c.subregion,
      iso2: c.iso2,
      isoNumeric: c.isoNumeric,
      historical: c.kind === "HISTORICAL_STATE",
      status: r?.status ?? null,
      statusLabel: r ? RELATIONSHIP_STATUS_LABELS[r.status] : null,
      established,
      summaryLine: r ? teaser(r.summary, 320) : null,
      counts,
      ties: tiesOf(counts),
      statusHistory: steps,
      statusOn: filters.on ? statusOn(steps, filters.on) : null,
    };
  });
  return rows.filter((r) => (!filters.hasMission || r.counts.missions > 0) && (!filters.status || !r.statusOn || matchesStatus(r.statusOn, filters.status)));
}

/** Regions that have at least one country listed, for the filter. */
export async function listRegions(db: Db): Promise<string[]> {
  const site = await getSite(db);
  const rows = await db.country.findMany({
    where: { ...PUBLISHED, id: { notIn: [site.focus.id, ...site.focus.predecessors.map((p) => p.id)] } },
    distinct: ["region"],
    select: { region: true },
    orderBy: { region: "asc" },
  });
  return rows.map((r) => r.region);
}
