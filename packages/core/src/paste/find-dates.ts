import * as chrono from "chrono-node";

import { parseFuzzyDate, toFuzzyString } from "../dates/fuzzy-date.ts";
import { overlaps, type Span } from "./name-index.ts";

// Dates as precisely as they are written, in the atlas's compact form ("2011-08", "2007-summer",
// "1990s"). chrono-node reads days and months in any common written form ("3 Sept. 2024",
// "September 3rd, 2024", "21–22 August 2014", "2024-06-11"); seasons, decades, bare years and
// ranges of years are read here, since chrono-node leaves them out.

export type FoundDate = {
  start: string;
  end: string | null;
  span: Span;
  /** "since 2001" starts a state of affairs; "until 1961" ends one. */
  cue: "since" | "until" | null;
};
export type DateProblem = { span: Span; message: string };

const YEAR = "(1[0-9]{3}|20[0-9]{2}|2100)";
const SEASON: Record<string, string> = { spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn", winter: "winter" };
// A fixed reference: "May 2023" must not depend on the day the sentence is pasted.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function fromChrono(c: chrono.ParsedComponents): string | null {
  if (!c.isCertain("year")) return null;
  const y = String(c.get("year")).padStart(4, "0");
  const m = String(c.get("month")).padStart(2, "0");
  const d = String(c.get("day")).padStart(2, "0");
  const value = c.isCertain("day") ? `${y}-${m}-${d}` : c.isCertain("month") ? `${y}-${m}` : y;
  const parsed = parseFuzzyDate(value);
  return "error" in parsed ? null : toFuzzyString(parsed.date, parsed.precision);
}

/** "2015-13-40" looks like a date and is not one: said so, and never read as the year 2015. */
function badIsoDates(text: string): DateProblem[] {
  const problems: DateProblem[] = [];
  for (const m of text.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    const parsed = parseFuzzyDate(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`);
    if ("error" in parsed) problems.push({ span: { start: m.index, end: m.index + m[0].length }, message: `“${m[0]}” is not a date: ${parsed.error}` });
  }
  return problems;
}

const cueBefore = (text: string, at: number): FoundDate["cue"] => {
  const before = text.slice(Math.max(0, at - 30), at);
  if (/\bsince\s+(?:the\s+)?$/i.test(before)) return "since";
  if (/\buntil\s+(?:the\s+)?$/i.test(before)) return "until";
  return null;
};

type Rule = [RegExp, (m: RegExpExecArray) => { start: string; end?: string } | null];
const RULES: Rule[] = [
  [new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|till)\\s+${YEAR}\\b`, "gi"), (m) => ({ start: m[1]!, end: m[2]! })],
  [new RegExp(`\\b${YEAR}\\s*[–—-]\\s*${YEAR}\\b`, "g"), (m) => ({ start: m[1]!, end: m[2]! })],
  [new RegExp(`\\b(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, "gi"), (m) => ({ start: `${m[2]}-${SEASON[m[1]!.toLowerCase()]}` })],
  [/\b(?:the\s+)?((?:1[0-9]|20)[0-9]0)s\b/g, (m) => ({ start: `${m[1]}s` })],
  // A bare year; not a figure ("1,200", "2020%"), an ordinal, or part of an amount.
  [new RegExp(`(?<![\\d,.$€£/-])${YEAR}(?![\\d%]|[.,]\\d|-\\d|th\\b|s\\b)`, "g"), (m) => ({ start: m[1]! })],
];

/** Every date in the text, left to right, with the words it was read from. */
export function findDates(text: string): { dates: FoundDate[]; problems: DateProblem[] } {
  const problems = badIsoDates(text);
  const taken: Span[] = problems.map((p) => p.span);
  const dates: FoundDate[] = [];
  const add = (span: Span, start: string, end: string | null) => {
    if (taken.some((t) => overlaps(t, span))) return;
    taken.push(span);
    dates.push({ start, end, span, cue: cueBefore(text, span.start) });
  };

  const parsed = chrono.en.GB.parse(text, REFERENCE);
  for (const [i, r] of parsed.entries()) {
    const lead = /^(?:on|in|at|during)\s+/i.exec(r.text)?.[0].length ?? 0;
    const span = { start: r.index + lead, end: r.index + r.text.length };
    let start = fromChrono(r.start);
    // "between March and May 2019": the first half takes the year of the second.
    const next = parsed[i + 1];
    if (!start && next && r.start.isCertain("month") && /^\s*(?:and|to|until|–|-)\s*$/.test(text.slice(span.end, next.index)) && next.start.isCertain("year")) {
      start = `${next.start.get("year")}-${String(r.start.get("month")).padStart(2, "0")}`;
      const end = fromChrono(next.start);
      if (end) {
        add({ start: span.start, end: next.index + next.text.length }, start, end);
        continue;
      }
    }
    if (start) add(span, start, r.end ? fromChrono(r.end) : null);
  }
  for (const [re, make] of RULES) {
    for (const m of text.matchAll(re)) {
      const made = make(m);
      const span = { start: m.index, end: m.index + m[0].length };
      if (made && !("error" in parseFuzzyDate(made.start))) add(span, made.start, made.end ?? null);
    }
  }
  return { dates: dates.sort((a, b) => a.span.start - b.span.start), problems };
}
