import type { EntryKind } from "@atlas/db/enums";

import type { FieldSpec } from "./kind.ts";
import { KINDS } from "./registry.ts";

// What the forms say about fields, read by diffs, error summaries and filters alike.

const fieldsOf = (kind: EntryKind): FieldSpec[] => KINDS[kind].form.flatMap((s) => s.fields);

/** The label a field has on its kind's form ("Countries involved"); the name itself if none. */
export function fieldLabel(kind: EntryKind, field: string): string {
  return fieldsOf(kind).find((f) => f.name === field)?.label ?? field;
}

/** Fields holding a fuzzy date ("2011-08"), shown as readers read them. */
export const dateFields = (kind: EntryKind): Set<string> =>
  new Set(
    fieldsOf(kind)
      .filter((f) => f.type === "date")
      .map((f) => f.name),
  );

/** The label of each value of a kind's choice fields (type → "State or official visit"). */
export function enumLabels(kind: EntryKind): Record<string, Record<string, string>> {
  return Object.fromEntries(fieldsOf(kind).flatMap((f) => (f.type === "select" ? [[f.name, Object.fromEntries(f.options)]] : [])));
}

/** Payload fields that name a country: the single ones, and the lists. */
export function countryFields(kind: EntryKind): { single: string[]; lists: string[] } {
  const pickers = fieldsOf(kind).filter((f) => (f.type === "picker" || f.type === "multi-picker") && f.entryKind === "COUNTRY");
  return { single: pickers.filter((f) => f.type === "picker").map((f) => f.name), lists: pickers.filter((f) => f.type === "multi-picker").map((f) => f.name) };
}

const QUALIFIER_DEFAULTS = { official: true, certainty: "STATED", attribution: "" };

/** A new, empty payload of a kind, as its form starts it. */
export function emptyPayload(kind: EntryKind): Record<string, unknown> {
  const base: Record<string, unknown> = {};
  for (const f of fieldsOf(kind)) {
    base[f.name] = ["multi-picker", "string-list", "citations", "participants", "excerpts", "alternatives"].includes(f.type)
      ? []
      : f.type === "checkbox"
        ? false
        : f.type === "select" && !f.allowEmpty
          ? f.options[0]![0]
          : "";
  }
  if ("official" in base) Object.assign(base, QUALIFIER_DEFAULTS);
  return base;
}

/**
 * The field a new entry of this kind can be started from by its name alone ("Create India…" in a
 * picker): the field its slug is made from. Null for kinds that cannot be started that way.
 */
export function nameField(kind: EntryKind): string | null {
  const slug = KINDS[kind].form.flatMap((s) => s.fields).find((f) => f.type === "slug");
  return slug?.type === "slug" ? slug.from : null;
}

/** What the schema makes of a field left out: the value a review shows for it ("Official": yes). */
export function fieldDefault(kind: EntryKind, field: string): unknown {
  const schema = (KINDS[kind].schema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>)[field];
  const read = schema?.safeParse(undefined);
  return read?.success ? read.data : undefined;
}
