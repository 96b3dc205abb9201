import type { Db, Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { formatFuzzyDate, parseFuzzyDate } from "../dates/fuzzy-date.ts";
import { ENTRY_ID_PATTERN, namesOfIds } from "../entries/entry-names.ts";
import { dateFields, enumLabels, fieldLabel } from "../kinds/forms.ts";
import { kindOf, payloadSchemas } from "../kinds/registry.ts";

/**
 * One field of a side-by-side diff; values as display lines with ids resolved to names. In a
 * changed list only the items that differ are listed; `unchanged` says how many others did not.
 */
export type FieldDiff = { field: string; label: string; before: string[]; after: string[]; changed: boolean; unchanged?: string };

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
  if (Array.isArray(value)) return listItems(value, n).map((i) => i.line);
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  // Arrays and booleans are handled above; no number or date string looks like an entry id.
  const text = String(value);
  return [ENTRY_ID_PATTERN.test(text) ? name(text) : text];
}

/**
 * A list's items as lines, each with what identifies it across versions: a passage by its id
 * (numbered from 1 in the order of its position, as its page shows it), anything else by its line.
 */
function listItems(list: unknown[], n: Namer): { key: string; line: string; text: string }[] {
  const passages = list.every((v) => v && typeof v === "object" && "text" in v && "id" in v);
  const ordered = passages ? [...(list as Obj[])].sort((a, b) => Number(a.position) - Number(b.position)) : list;
  return ordered.map((v, i) => {
    const text = v && typeof v === "object" ? item(v as Obj, n) : n.name(String(v));
    return passages ? { key: String((v as Obj).id), line: `${i + 1}. ${text}`, text } : { key: text, line: text, text };
  });
}

const ITEM_NOUNS: Record<string, [string, string]> = { excerpts: ["passage", "passages"], citations: ["source", "sources"], participants: ["person", "people"] };

/** A list field compared item by item: only what was added, removed or changed is listed. */
function listDiff(field: string, label: string, before: unknown[], after: unknown[], n: Namer): FieldDiff {
  const b = listItems(before, n);
  const a = listItems(after, n);
  const all = { field, label, before: b.map((i) => i.line), after: a.map((i) => i.line) };
  if (JSON.stringify(b.map((i) => [i.key, i.text])) === JSON.stringify(a.map((i) => [i.key, i.text]))) return { ...all, changed: false };
  // Items on both sides with the same key and text did not change (one match each: a list may repeat a line).
  const left = [...a];
  const same = b.filter((i) => {
    const at = left.findIndex((j) => j.key === i.key && j.text === i.text);
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  });
  const kept = new Set(same);
  const [one, many] = ITEM_NOUNS[field] ?? ["item", "items"];
  return {
    field,
    label,
    before: b.filter((i) => !kept.has(i)).map((i) => i.line),
    after: left.map((i) => i.line),
    changed: true,
    ...(same.length ? { unchanged: `${same.length} other ${same.length === 1 ? one : many} unchanged` } : {}),
  };
}

function item(o: Obj, n: Namer): string {
  const { name } = n;
  if ("sourceId" in o)
    return [name(String(o.sourceId)), o.excerptId ? `“${name(String(o.excerptId))}”` : null, o.locator ? `(${String(o.locator)})` : null].filter(Boolean).join(" — ");
  if ("personId" in o) return [name(String(o.personId)), String(o.role), o.countryId ? `for ${name(String(o.countryId))}` : null].filter(Boolean).join(" — ");
  if ("text" in o) return String(o.text);
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
  // An id is never shown to a person: what cannot be named any more is said so.
  return (id) => names.get(id) ?? pending?.get(id) ?? (id.startsWith("excerpt_") ? "(a passage not found)" : "(an entry not in the atlas)");
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
    const [bv, av] = [(before as Obj | null)?.[field], (after as Obj | null)?.[field]];
    if (Array.isArray(bv) || Array.isArray(av)) return listDiff(field, fieldLabel(kind, field), Array.isArray(bv) ? bv : [], Array.isArray(av) ? av : [], n);
    const b = lines(display(kind, field, (before as Obj | null)?.[field]), n);
    const a = lines(display(kind, field, (after as Obj | null)?.[field]), n);
    return { field, label: fieldLabel(kind, field), before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}
