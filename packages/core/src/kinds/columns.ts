import type { EntryKind } from "@atlas/db/enums";

import { parseFuzzyDate, type Precision } from "../dates/fuzzy-date.ts";
import type { Reference } from "./kind.ts";

/** Stored columns of a compact date: the first day of its period and its precision. */
export function dateColumns(value: string | null | undefined): { date: Date | null; precision: Precision | null } {
  if (!value) return { date: null, precision: null };
  const parsed = parseFuzzyDate(value);
  if ("error" in parsed) throw new Error(`Unparseable date reached the database layer: ${value}`);
  return parsed;
}

/** A reference held by one field, if set. */
export const ref = (kind: EntryKind, path: (string | number)[], id: string | null | undefined): Reference[] => (id ? [{ kind, path, id }] : []);

/** The references held by a list field. */
export const refs = (kind: EntryKind, field: string, ids: string[]): Reference[] => ids.map((id, i) => ({ kind, path: [field, i], id }));

/** Parts of a search document, joined with a visible separator (snippets show the body on one line). */
export const joinText = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" · ");
