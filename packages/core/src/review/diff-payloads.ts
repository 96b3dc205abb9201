import type { Db, Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { formatFuzzyDate, parseFuzzyDate } from "../dates/fuzzy-date.ts";
import { namesOfIds, ENTRY_ID_PATTERN } from "../entries/entry-names.ts";
import { fieldLabel } from "../entries/field-labels.ts";
import {
  CERTAINTY_LABELS,
  EVENT_TYPE_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  MISSION_TYPE_LABELS,
  ORGANIZATION_KIND_LABELS,
  POLITY_KIND_LABELS,
  RELATIONSHIP_STATUS_LABELS,
} from "../entries/labels.ts";
import { payloadSchemas } from "../entries/schemas/index.ts";

/** One field of a side-by-side diff; values as display lines with ids resolved to names. */
export type FieldDiff = { field: string; label: string; before: string[]; after: string[]; changed: boolean };

type Obj = Record<string, unknown>;
// Values as readers know them: labels for enums, dates as they are shown on the site.
const ENUMS: Record<string, Record<string, string>> = { certainty: CERTAINTY_LABELS };
const ENUMS_BY_KIND: Partial<Record<EntryKind, Record<string, Record<string, string>>>> = {
  EVENT: { type: EVENT_TYPE_LABELS },
  MISSION: { type: MISSION_TYPE_LABELS },
  MEMBERSHIP: { status: MEMBERSHIP_STATUS_LABELS },
  RELATIONSHIP: { status: RELATIONSHIP_STATUS_LABELS },
  ORGANIZATION: { kind: ORGANIZATION_KIND_LABELS },
  COUNTRY: { kind: POLITY_KIND_LABELS },
};
const DATE_FIELDS = new Set(["start", "end", "since", "until", "opened", "closed", "founded", "dissolved", "established"]);

function display(kind: EntryKind, field: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const labels = ENUMS_BY_KIND[kind]?.[field] ?? ENUMS[field];
  if (labels?.[value]) return labels[value];
  if (DATE_FIELDS.has(field)) {
    const p = parseFuzzyDate(value);
    if (!("error" in p)) return `${formatFuzzyDate(p.date, p.precision)} (${value})`;
  }
  return value;
}

function lines(value: unknown, name: (id: string) => string): string[] {
  if (value === null || value === undefined || value === "") return [];
  if (Array.isArray(value)) return value.flatMap((v) => (v && typeof v === "object" ? [item(v as Obj, name)] : [name(String(v))]));
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  if (typeof value === "string" && ENTRY_ID_PATTERN.test(value)) return [name(value)];
  return [String(value)];
}

function item(o: Obj, name: (id: string) => string): string {
  if ("sourceId" in o)
    return [name(String(o.sourceId)), o.excerptId ? `“${name(String(o.excerptId))}”` : null, o.locator ? `(${String(o.locator)})` : null].filter(Boolean).join(" — ");
  if ("personId" in o) return [name(String(o.personId)), String(o.role), o.countryId ? `for ${name(String(o.countryId))}` : null].filter(Boolean).join(" — ");
  if ("text" in o) return `${String(o.position)}. ${String(o.text)}`;
  return JSON.stringify(o);
}

/** Resolves entry ids to labels and excerpt ids to their text (shortened). */
async function nameLookup(db: Db | Tx, payloads: unknown[]): Promise<(id: string) => string> {
  const names = await namesOfIds(db, payloads, 90);
  return (id) => names.get(id) ?? id;
}

/** Field-by-field comparison of two payloads of a kind (either may be null: new or removed). */
export async function diffPayloads(db: Db | Tx, kind: EntryKind, before: unknown, after: unknown): Promise<FieldDiff[]> {
  const name = await nameLookup(db, [before, after]);
  const fields = Object.keys(payloadSchemas[kind].shape);
  return fields.map((field) => {
    const b = lines(display(kind, field, (before as Obj | null)?.[field]), name);
    const a = lines(display(kind, field, (after as Obj | null)?.[field]), name);
    return { field, label: fieldLabel(field), before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}
