import { formatFuzzyDate, toFuzzyString, type Precision } from "../dates/fuzzy-date.ts";

/** A date as the API and pages carry it: compact value, reader's text, and an ISO sort key. */
export type PublicDate = { value: string; display: string; iso: string };

export function publicDate(date: Date | null | undefined, precision: Precision | null | undefined): PublicDate | null {
  if (!date || !precision) return null;
  return { value: toFuzzyString(date, precision), display: formatFuzzyDate(date, precision), iso: date.toISOString().slice(0, 10) };
}
