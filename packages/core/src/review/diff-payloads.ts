import type { Db, Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { formatFuzzyDate, parseFuzzyDate } from "../dates/fuzzy-date.ts";
import { ENTRY_ID_PATTERN, namesOfIds } from "../entries/entry-names.ts";
import { dateFields, enumLabels, fieldLabel } from "../kinds/forms.ts";
import { kindOf, payloadSchemas } from "../kinds/registry.ts";

/** One field of a side-by-side diff; values as display lines with ids resolved to names. */
export type FieldDiff = { field: string; label: string; before: string[]; after: string[]; changed: boolean };

type Obj = Record<string, unknown>;
// Values as readers know them: enums by the labels their forms show, dates as the site shows them.
function display(kind: EntryKind, field: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const labels = enumLabels(kind)[field];
  if (labels?.[value]) return labels[value];
  if (dateFields(kind).has(field)) {
    const p = parseFuzzyDate(value);
    if (!("error" in p)) return `${formatFuzzyDate(p.date, p.precision)} (${value})`;
  }
  return value;
}

/** How a list item names things: entries by name, a disputed field's readings by their labels. */
type Namer = { name: (id: string) => string; reading: (value: string) => string };

function lines(value: unknown, n: Namer): string[] {
  const { name } = n;
  if (value === null || value === undefined || value === "") return [];
  if (Array.isArray(value)) return value.flatMap((v) => (v && typeof v === "object" ? [item(v as Obj, n)] : [name(String(v))]));
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  // Arrays and booleans are handled above; no number or date string looks like an entry id.
  const text = String(value);
  return [ENTRY_ID_PATTERN.test(text) ? name(text) : text];
}

function item(o: Obj, n: Namer): string {
  const { name } = n;
  if ("sourceId" in o)
    return [name(String(o.sourceId)), o.excerptId ? `“${name(String(o.excerptId))}”` : null, o.locator ? `(${String(o.locator)})` : null].filter(Boolean).join(" — ");
  if ("personId" in o) return [name(String(o.personId)), String(o.role), o.countryId ? `for ${name(String(o.countryId))}` : null].filter(Boolean).join(" — ");
  if ("text" in o) return `${String(o.position)}. ${String(o.text)}`;
  // Another reading of a disputed field: the value as the field shows it, why, and its sources.
  if ("value" in o && Array.isArray(o.citations)) {
    const sources = o.citations.map((c) => item(c as Obj, n)).join("; ");
    return [n.reading(String(o.value)), o.note ? String(o.note) : null, sources ? `cited: ${sources}` : null].filter(Boolean).join(" — ");
  }
  return JSON.stringify(o);
}

/** Resolves entry ids to labels and excerpt ids to their text (shortened). */
async function nameLookup(db: Db | Tx, payloads: unknown[], pending?: Map<string, string>): Promise<(id: string) => string> {
  const names = await namesOfIds(db, payloads, 90);
  return (id) => names.get(id) ?? pending?.get(id) ?? id;
}

/**
 * Field-by-field comparison of two payloads of a kind (either may be null: new or removed).
 * `pending` names what exists only in the same change set so far (a new source's passages).
 */
export async function diffPayloads(db: Db | Tx, kind: EntryKind, before: unknown, after: unknown, pending?: Map<string, string>): Promise<FieldDiff[]> {
  const name = await nameLookup(db, [before, after], pending);
  const disputed = kindOf(kind).disputable;
  const n: Namer = { name, reading: (value) => (disputed ? disputed.label(value) : value) };
  const fields = Object.keys(payloadSchemas[kind].shape);
  return fields.map((field) => {
    const b = lines(display(kind, field, (before as Obj | null)?.[field]), n);
    const a = lines(display(kind, field, (after as Obj | null)?.[field]), n);
    return { field, label: fieldLabel(kind, field), before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}
