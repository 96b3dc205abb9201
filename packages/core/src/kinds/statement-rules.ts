import { z } from "zod";

import { markerProblem } from "../citations/markers.ts";
import { zOptLine, ZStatementCitations } from "./fields.ts";

/**
 * Inline markers ("…era.[^1]") in a text field must name the entry's own citations: a check to
 * chain onto a kind's schema with superRefine.
 */
export const citedText =
  (field: string) =>
  (p: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const text = p[field];
    const problem = markerProblem(typeof text === "string" ? text : null, Array.isArray(p.citations) ? p.citations.length : 0);
    if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
  };

/**
 * A disputed statement: competing readings of one of its fields, each with its own sources,
 * beside the entry's own value (the preferred one, as Wikidata ranks them), and why that one is
 * preferred. The kind names the field (`disputable`); `value` is that field's schema.
 */
export const disputeFields = (value: z.ZodType<string>) => ({
  alternatives: z
    .array(z.object({ value, note: zOptLine(300), citations: ZStatementCitations }).strict())
    .max(10, { error: "At most 10 other readings." })
    .default([]),
  preferredReason: zOptLine(500),
});

/** The checks a disputed statement needs beyond its fields: a reason, and readings that differ. */
export const disputeRules =
  (field: string) =>
  (p: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const alternatives = (p.alternatives ?? []) as { value: string }[];
    if (alternatives.length && !p.preferredReason) ctx.addIssue({ code: "custom", path: ["preferredReason"], message: "Say why this value is preferred over the other readings." });
    alternatives.forEach((a, i) => {
      if (String(a.value) === String(p[field]))
        ctx.addIssue({ code: "custom", path: ["alternatives", i, "value"], message: "This is the entry's own value: another reading must differ." });
      if (alternatives.findIndex((b) => String(b.value) === String(a.value)) !== i)
        ctx.addIssue({ code: "custom", path: ["alternatives", i, "value"], message: "This reading is listed twice." });
    });
  };
