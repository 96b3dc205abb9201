import type { Db, Prisma } from "@atlas/db";
import type { RelationshipStatus } from "@atlas/db/enums";

import { RELATIONSHIP_STATUS_LABELS } from "../entries/labels.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { PUBLISHED } from "./published.ts";
import { getSite } from "./site.ts";

export type CounterpartFilters = { region?: string; hasMission?: boolean; establishedBefore?: number };

export type Counterpart = {
  id: string;
  slug: string;
  name: string;
  region: string;
  subregion: string | null;
  iso2: string | null;
  isoNumeric: string | null;
  historical: boolean;
  status: RelationshipStatus;
  statusLabel: string;
  established: PublicDate | null;
  /** The first sentence of the relationship summary. */
  summaryLine: string;
  counts: { events: number; missions: number; sharedMemberships: number };
  /** Depth of ties, 0–1, for the map: events, missions and shared memberships, weighted. */
  depth: number;
};

function firstSentence(markdown: string): string {
  const text =
    markdown
      .replace(/[*_`#>[\]]/g, "")
      .replace(/\([^)]*\)/g, (m) => (m.startsWith("(http") ? "" : m))
      .split("\n")
      .find((l) => l.trim()) ?? "";
  const m = /^(.{20,}?[.!?])\s/.exec(`${text.trim()} `);
  return (m?.[1] ?? text).trim();
}

/** Every country the focus country has a published relationship with, filtered, by name. */
export async function listCounterparts(db: Db, filters: CounterpartFilters = {}): Promise<Counterpart[]> {
  const site = await getSite(db);
  const focusId = site.focus.id;
  const where: Prisma.RelationshipWhereInput = {
    subjectId: focusId,
    ...PUBLISHED,
    counterpart: {
      ...PUBLISHED,
      ...(filters.region ? { region: filters.region } : {}),
    },
    ...(filters.establishedBefore ? { establishedOn: { lt: new Date(Date.UTC(filters.establishedBefore, 0, 1)) } } : {}),
  };
  const relationships = await db.relationship.findMany({
    where,
    orderBy: { counterpart: { name: "asc" } },
    select: {
      status: true,
      summary: true,
      establishedOn: true,
      establishedPrecision: true,
      counterpart: { select: { id: true, slug: true, name: true, region: true, subregion: true, iso2: true, isoNumeric: true, kind: true } },
    },
  });
  const ids = relationships.map((r) => r.counterpart.id);
  const [eventCounts, missions, memberships, focusOrgs] = await Promise.all([
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
    db.membership.findMany({ where: { countryId: { in: ids }, ...PUBLISHED }, select: { countryId: true, organizationId: true } }),
    db.membership.findMany({ where: { countryId: focusId, ...PUBLISHED }, select: { organizationId: true } }),
  ]);
  const focusOrgIds = new Set(focusOrgs.map((m) => m.organizationId));
  const rows = relationships.map((r) => {
    const id = r.counterpart.id;
    const counts = {
      events: eventCounts.find((c) => c.countryId === id)?._count._all ?? 0,
      missions: missions.filter((m) => m.senderId === id || m.hostId === id).length,
      sharedMemberships: memberships.filter((m) => m.countryId === id && focusOrgIds.has(m.organizationId)).length,
    };
    return {
      id,
      slug: r.counterpart.slug,
      name: r.counterpart.name,
      region: r.counterpart.region,
      subregion: r.counterpart.subregion,
      iso2: r.counterpart.iso2,
      isoNumeric: r.counterpart.isoNumeric,
      historical: r.counterpart.kind === "HISTORICAL_STATE",
      status: r.status,
      statusLabel: RELATIONSHIP_STATUS_LABELS[r.status],
      established: publicDate(r.establishedOn, r.establishedPrecision),
      summaryLine: firstSentence(r.summary),
      counts,
      depth: 0,
    };
  });
  const score = (c: Counterpart["counts"]) => c.events + 2 * c.missions + c.sharedMemberships;
  const max = Math.max(1, ...rows.map((r) => score(r.counts)));
  const result = rows.map((r) => ({ ...r, depth: score(r.counts) / max }));
  return filters.hasMission ? result.filter((r) => r.counts.missions > 0) : result;
}

/** Regions that have at least one counterpart, for the filter. */
export async function listRegions(db: Db): Promise<string[]> {
  const site = await getSite(db);
  const rows = await db.country.findMany({
    where: { ...PUBLISHED, relationshipsWith: { some: { subjectId: site.focus.id, ...PUBLISHED } } },
    distinct: ["region"],
    select: { region: true },
    orderBy: { region: "asc" },
  });
  return rows.map((r) => r.region);
}
