import { edtfBounds, htmlDatetime, toEdtf } from "../dates/edtf.ts";
import { formatFuzzyDate, type Precision } from "../dates/fuzzy-date.ts";

/**
 * A date as pages and the API carry it: EDTF (as precise as the sources, "2007-22"), the
 * reader's text ("Summer 2007"), explicit first and last days, and what <time datetime> may say.
 */
export type PublicDate = { edtf: string; display: string; earliest: string; latest: string; datetime: string | null };

export function publicDate(date: Date | null | undefined, precision: Precision | null | undefined): PublicDate | null {
  if (!date || !precision) return null;
  return { edtf: toEdtf(date, precision), display: formatFuzzyDate(date, precision), ...edtfBounds(date, precision), datetime: htmlDatetime(date, precision) };
}
