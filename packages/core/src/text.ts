import { z } from "zod";

/** Lower-case words joined by single hyphens, at most 80 characters: what every slug looks like. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;
// A lookup by anything else is answered "not found" without asking the database (which would
// refuse a NUL byte with an error, not an empty result).
export const isSlug = (value: string): boolean => value.length <= SLUG_MAX && SLUG_PATTERN.test(value);

// Control characters (the database refuses NUL in text outright) and broken UTF-16 (a lone
// surrogate cannot be stored as UTF-8). Tabs and line breaks are fine in long text.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- matching them is the point
const ALL_CONTROLS = /[\u0000-\u001f\u007f]/g;

/** Why text typed into a field cannot be stored, or null. */
export function textProblem(s: string): string | null {
  if (!s.isWellFormed()) return "Contains broken characters.";
  if (CONTROLS.test(s)) return "Contains control characters.";
  return null;
}

/**
 * Refuses text the database could not store (see textProblem): the one check every schema that
 * takes text uses, so such text is a field error at the boundary, never a database error.
 */
export function storableText(s: string, ctx: z.RefinementCtx): void {
  const problem = textProblem(s);
  // Marked: a draft may be incomplete, but never hold what cannot be stored (drafts/check-draft.ts).
  if (problem) ctx.addIssue({ code: "custom", message: problem, params: { unstorable: true } });
}

/**
 * Every text in a value (a form's payload, its field names included) that cannot be stored, with
 * where it is: a draft may be incomplete, but it is stored whole, so none may hide anywhere in it.
 */
export function unstorableTexts(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; message: string }[] {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? [{ path, message: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorableTexts(item, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => {
      const problem = textProblem(key);
      return problem ? [{ path: [...path, key], message: `A field name: ${problem.toLowerCase()}` }] : unstorableTexts(item, [...path, key]);
    });
  return [];
}

/** Text typed into a filter or search box, made harmless: controls become spaces, broken characters go. */
export const cleanFilterText = (s: string) =>
  s
    .toWellFormed()
    .replace(ALL_CONTROLS, " ")
    .replace(/\uFFFD/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** A filter's text: cleaned (see cleanFilterText), at most 200 characters; empty is no filter. */
export const ZFilterText = z
  .string()
  .transform(cleanFilterText)
  .pipe(z.string().max(200))
  .transform((s) => s || undefined);

/**
 * A list's filter as an address gives it: any text in any field. The filter's schema reads it and
 * drops what it does not understand (an unknown kind shows every kind), so a hand-edited address
 * never errors.
 */
export type QueryOf<S extends { shape: object }> = { [K in keyof S["shape"]]?: string | undefined };
