import type { Db, Prisma } from "@atlas/db";

import { qualifierNote, type Qualifiers } from "../entries/labels.ts";
import { loadCitations, type PublicCitation } from "./citations.ts";
import { PUBLISHED } from "./published.ts";

export type PublicFact = {
  id: string;
  subject: string;
  value: string;
  valueHigh: string | null;
  unit: string;
  approximate: boolean;
  /** The year the figure is for; null: not recorded, and pages say so. */
  year: number | null;
  /** Older than the operator's threshold (site.staleAfterYears): flagged as possibly out of date. */
  stale: boolean;
  /** As a reader sees it: "48%", "about 500 people per month". */
  display: string;
  country: { slug: string; name: string } | null;
  qualifiers: Qualifiers;
  qualifierNote: string | null;
  citations: PublicCitation[];
};

const trimZeros = (v: string) => (v.includes(".") ? v.replace(/\.?0+$/, "") : v);

function formatNumber(v: string): string {
  const [int, frac] = trimZeros(v).split(".");
  const grouped = Number(int).toLocaleString("en-GB");
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatFactValue(f: { value: string; valueHigh: string | null; unit: string; approximate: boolean }): string {
  const n = f.valueHigh ? `${formatNumber(f.value)}–${formatNumber(f.valueHigh)}` : formatNumber(f.value);
  const withUnit = f.unit === "%" ? `${n}%` : `${n} ${f.unit}`;
  return f.approximate ? `about ${withUnit}` : withUnit;
}

/** Whether a figure for this year is more than `staleAfterYears` old: possibly out of date. */
export const isStale = (year: number | null, staleAfterYears: number, now = new Date()): boolean => year !== null && now.getUTCFullYear() - year > staleAfterYears;

/**
 * Published facts matching `where`, flagged stale past the site's threshold; `citations: false`
 * leaves their citations to the caller's own query.
 */
export async function loadFacts(db: Db, where: Prisma.FactWhereInput, options: { staleAfterYears: number; citations?: boolean }): Promise<PublicFact[]> {
  const rows = await db.fact.findMany({
    where: { AND: [where, PUBLISHED] },
    orderBy: [{ year: { sort: "desc", nulls: "last" } }, { subject: "asc" }],
    select: {
      id: true,
      subject: true,
      value: true,
      valueHigh: true,
      unit: true,
      approximate: true,
      year: true,
      country: { select: { slug: true, name: true, entry: { select: { status: true } } } },
      // Stryker disable next-line ObjectLiteral: `entry: {}` selects every column of the entry, these three among them
      entry: { select: { official: true, certainty: true, attribution: true } },
    },
  });
  const citations =
    options.citations === false
      ? new Map<string, PublicCitation[]>()
      : await loadCitations(
          db,
          rows.map((r) => r.id),
        );
  return rows.map((r) => {
    const base = { value: r.value.toString(), valueHigh: r.valueHigh?.toString() ?? null, unit: r.unit, approximate: r.approximate };
    const qualifiers = { official: r.entry.official, certainty: r.entry.certainty, attribution: r.entry.attribution };
    return {
      id: r.id,
      subject: r.subject,
      ...base,
      year: r.year,
      stale: isStale(r.year, options.staleAfterYears),
      display: formatFactValue(base),
      country: r.country && r.country.entry.status === "PUBLISHED" ? { slug: r.country.slug, name: r.country.name } : null,
      qualifiers,
      qualifierNote: qualifierNote(qualifiers),
      citations: citations.get(r.id) ?? [],
    };
  });
}
