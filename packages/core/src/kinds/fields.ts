import { z } from "zod";

import { Certainty } from "@atlas/db/enums";

import { parseFuzzyDate, toFuzzyString } from "../dates/fuzzy-date.ts";
import { ENTRY_ID_PATTERN } from "../entries/entry-names.ts";
import { SLUG_MAX, SLUG_PATTERN, storableText } from "../text.ts";

// Field schemas shared by every kind. Forms send "" for an empty input: optional fields read
// it as null, so a cleared field clears the value instead of failing.

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** Stable entry ids: a kind prefix and a slug ("country_north-korea", "event_k3j9x0q2"). */
export const ZEntryId = z.string({ error: "Choose an entry." }).trim().regex(ENTRY_ID_PATTERN, { error: "Not a valid entry id." }).max(120, { error: "Not a valid entry id." });

export const ZSlug = z
  .string({ error: "Required." })
  .trim()
  .min(1, { error: "Required." })
  .max(SLUG_MAX, { error: `At most ${SLUG_MAX} characters.` })
  .regex(SLUG_PATTERN, { error: "Use lower-case letters, digits and single hyphens (north-korea)." });

export { storableText };

/** Required one-line text. */
export const zLine = (max = 200) =>
  z
    .string({ error: "Required." })
    .trim()
    .min(1, { error: "Required." })
    .max(max, { error: `At most ${max} characters.` })
    .superRefine(storableText);

/** Optional one-line text ("" → null). */
export const zOptLine = (max = 200) => z.preprocess(blankToNull, zLine(max).nullable().default(null));

/** Long text in Markdown (rendered sanitised). */
export const zMarkdown = (max = 20_000) =>
  z
    .string({ error: "Required." })
    .trim()
    .min(1, { error: "Required." })
    .max(max, { error: `At most ${max.toLocaleString("en")} characters.` })
    .superRefine(storableText);

export const zOptMarkdown = (max = 20_000) => z.preprocess(blankToNull, zMarkdown(max).nullable().default(null));

export const zOptCode = (pattern: RegExp, example: string) =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .refine((s) => pattern.test(s), { error: `Expected a code like ${example}.` })
      .nullable()
      .default(null),
  );

export const ZOptWikidataId = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .regex(/^Q[1-9][0-9]*$/, { error: "Wikidata ids look like Q711." })
    .nullable()
    .default(null),
);

const zYearNumber = z.coerce
  .number({ error: "Enter a year." })
  .int({ error: "Enter a whole year." })
  .min(1000, { error: "Years must be between 1000 and 2100." })
  .max(2100, { error: "Years must be between 1000 and 2100." });

export const zOptYear = () => z.preprocess(blankToNull, zYearNumber.nullable().default(null));

/** A date with its precision, in the compact form ("2011-08", "2007-summer"); kept canonical. */
export const ZFuzzyDate = z.string({ error: "Enter a date." }).transform((value, ctx) => {
  const parsed = parseFuzzyDate(value);
  if ("error" in parsed) {
    ctx.issues.push({ code: "custom", message: parsed.error, input: value });
    return z.NEVER;
  }
  return toFuzzyString(parsed.date, parsed.precision);
});

export const zOptFuzzyDate = () => z.preprocess(blankToNull, ZFuzzyDate.nullable().default(null));

export const ZOptEntryId = z.preprocess(blankToNull, ZEntryId.nullable().default(null));

export const zIdList = (max = 50) =>
  z
    .array(ZEntryId)
    .max(max, { error: `At most ${max}.` })
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { error: "Listed twice." });

export const ZAliases = z
  .array(zLine(120))
  .max(30, { error: "At most 30 other names." })
  .default([])
  .refine((a) => new Set(a.map((s) => s.toLowerCase())).size === a.length, { error: "An alias is listed twice." });

export const ZCitation = z
  .object({
    sourceId: ZEntryId,
    excerptId: ZOptEntryId,
    locator: zOptLine(200),
  })
  .strict();

export const ZCitations = z.array(ZCitation).max(50, { error: "At most 50 citations." }).default([]);

/** Qualifiers every statement carries. */
export const qualifierFields = {
  official: z.boolean({ error: "Yes or no." }).default(true),
  certainty: z.enum(Certainty, { error: "Choose stated, estimate or claim." }).default("STATED"),
  attribution: zOptLine(200),
};

/** Statements must cite at least one source to be published (the database enforces it too). */
export const ZStatementCitations = z
  .array(ZCitation, { error: (issue) => (issue.input === undefined ? "Cite at least one source: every published statement needs one." : "Expected a list of citations.") })
  .min(1, { error: "Cite at least one source: every published statement needs one." })
  .max(50, { error: "At most 50 citations." });

/** Compares two compact dates the way the database does (first days of their periods). */
export function notBefore(start: string | null | undefined, end: string | null | undefined): boolean {
  if (!start || !end) return true;
  const a = parseFuzzyDate(start);
  const b = parseFuzzyDate(end);
  if ("error" in a || "error" in b) return true; // reported on the field itself
  return b.date.getTime() >= a.date.getTime();
}
