import { parseFuzzyDate, type Precision } from "../../dates/fuzzy-date.ts";

/** Stored columns of a compact date: the first day of its period and its precision. */
export function dateColumns(value: string | null | undefined): { date: Date | null; precision: Precision | null } {
  if (!value) return { date: null, precision: null };
  const parsed = parseFuzzyDate(value);
  if ("error" in parsed) throw new Error(`Unparseable date reached the database layer: ${value}`);
  return parsed;
}
