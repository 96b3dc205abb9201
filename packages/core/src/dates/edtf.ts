// @ts-expect-error -- the edtf package ships no types; the part used is typed below.
import edtfUntyped from "edtf";

import { parseFuzzyDate, periodEnd, SEASONS, toFuzzyString, type Precision } from "./fuzzy-date.ts";

// Dates for machines, as precise as the sources and no more: the Extended Date/Time Format
// (ISO 8601-2, level 1). "2011-08" is August 2011, "2007-22" summer 2007, "1961" the year,
// "199X" the 1990s. Never a first-of-the-month standing in for "some time that month".

const edtf = edtfUntyped as (value: string) => { edtf: string };

/** EDTF season codes 21–24: spring, summer, autumn, winter (hemisphere unspecified). */
const SEASON_CODE = Object.fromEntries(SEASONS.map((s, i) => [s, 21 + i])) as Record<(typeof SEASONS)[number], number>;

const checked = new Map<string, string>();

/** The edtf package's own reading of a string we wrote: a malformed one is a bug, caught here. */
function valid(value: string): string {
  let known = checked.get(value);
  if (!known) {
    known = edtf(value).edtf;
    checked.set(value, known);
  }
  return known;
}

/** A stored date (first day of its period + precision) as EDTF. */
export function toEdtf(date: Date, precision: Precision): string {
  const compact = toFuzzyString(date, precision);
  switch (precision) {
    case "DAY":
    case "MONTH":
    case "YEAR":
      return valid(compact);
    case "SEASON": {
      const [year, season] = compact.split("-") as [string, (typeof SEASONS)[number]];
      return valid(`${year}-${SEASON_CODE[season]}`);
    }
    case "DECADE":
      return valid(`${compact.slice(0, 3)}X`);
  }
}

/** The compact form editors and seed files use ("2007-summer") as EDTF ("2007-22"). */
export function compactToEdtf(compact: string): string {
  const parsed = parseFuzzyDate(compact);
  if ("error" in parsed) throw new Error(`Not a date: ${compact}`);
  return toEdtf(parsed.date, parsed.precision);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Explicit bounds: the first and last day the date can mean. Seasons are the atlas's own
 * (meteorological, northern hemisphere: summer is June to August); the edtf package reads
 * 21–24 as quarters, so the bounds are ours, not its.
 */
export function edtfBounds(date: Date, precision: Precision): { earliest: string; latest: string } {
  return { earliest: day(date), latest: day(periodEnd(date, precision)) };
}

/**
 * What HTML's <time datetime> can say without adding precision: a day, a month or a year. A
 * season gives its year; a decade has no form there (null: no machine-readable date).
 */
export function htmlDatetime(date: Date, precision: Precision): string | null {
  switch (precision) {
    case "DAY":
    case "MONTH":
    case "YEAR":
      return toFuzzyString(date, precision);
    case "SEASON":
      return String(date.getUTCFullYear());
    case "DECADE":
      return null;
  }
}
