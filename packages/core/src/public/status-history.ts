import type { Db } from "@atlas/db";
import type { RelationshipStage } from "@atlas/db/enums";

import { qualifierNote, RELATIONSHIP_STAGE_LABELS } from "../entries/labels.ts";
import type { PublicCitation } from "./citations.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { PUBLISHED } from "./published.ts";

/** One dated step of relations with a counterpart, as pages and the API show it. */
export type PublicStage = {
  id: string;
  stage: RelationshipStage;
  label: string;
  date: PublicDate;
  note: string | null;
  qualifierNote: string | null;
  citations: PublicCitation[];
};

/** The published steps of relations with each of these counterparts, oldest first (without citations). */
export async function loadStatusHistory(db: Db, counterpartIds: string[]): Promise<Map<string, PublicStage[]>> {
  const rows = await db.statusChange.findMany({
    where: { counterpartId: { in: counterpartIds }, ...PUBLISHED },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    include: { entry: { select: { official: true, certainty: true, attribution: true } } },
  });
  const byCountry = new Map<string, PublicStage[]>();
  for (const r of rows) {
    const list = byCountry.get(r.counterpartId) ?? [];
    list.push({
      id: r.id,
      stage: r.stage,
      label: RELATIONSHIP_STAGE_LABELS[r.stage],
      date: publicDate(r.date, r.datePrecision)!,
      note: r.note,
      qualifierNote: qualifierNote(r.entry),
      citations: [],
    });
    byCountry.set(r.counterpartId, list);
  }
  return byCountry;
}

/** What the relations were on a day: the latest step certainly taken by then, and one that may have been. */
export type StatusOn = { day: string; stage: Pick<PublicStage, "id" | "stage" | "label" | "date"> | null; maybe: Pick<PublicStage, "id" | "stage" | "label" | "date"> | null };

/**
 * The status on a day (YYYY-MM-DD) from the dated steps: a step counts from the last day its
 * date can mean ("1973" is certain from 31 December 1973); one whose period holds the day is
 * only "maybe" (the sources do not say whether it came before or after).
 */
export function statusOn(stages: Pick<PublicStage, "id" | "stage" | "label" | "date">[], day: string): StatusOn {
  const taken = stages.filter((s) => s.date.latest <= day).sort((a, b) => a.date.latest.localeCompare(b.date.latest));
  const maybe = stages.filter((s) => s.date.earliest <= day && day < s.date.latest);
  return { day, stage: taken.at(-1) ?? null, maybe: maybe.at(-1) ?? null };
}

/** Filters of the status on a day: relations in place, suspended, a strategic partnership (or closer), none recorded. */
export const STATUS_FILTERS = {
  relations: { label: "Relations in place", stages: ["ESTABLISHED", "RESTORED", "STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP"] },
  suspended: { label: "Relations suspended", stages: ["SUSPENDED"] },
  strategic: { label: "Strategic partnership or closer", stages: ["STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP"] },
  comprehensive: { label: "Comprehensive strategic partnership", stages: ["COMPREHENSIVE_STRATEGIC_PARTNERSHIP"] },
  none: { label: "No step recorded yet", stages: [] },
} as const satisfies Record<string, { label: string; stages: RelationshipStage[] }>;
export type StatusFilter = keyof typeof STATUS_FILTERS;

export const matchesStatus = (status: StatusOn, filter: StatusFilter) =>
  filter === "none" ? status.stage === null : status.stage !== null && (STATUS_FILTERS[filter].stages as readonly RelationshipStage[]).includes(status.stage.stage);
