import { dequal } from "dequal";
import { diff3Merge } from "node-diff3";

// When two tabs (or a tab and a restored browser copy) saved the same draft from one version,
// the editor sees both and chooses. A three-way merge keeps both edits where they touch different
// parts: field by field, and within a text, word by word (node-diff3, as `git merge-file` does).

type Payload = Record<string, unknown>;

/** How one field of the two copies came together. */
export type FieldMerge = {
  field: string;
  /** same: both agree; mine / theirs: only one changed it; merged: both changed different words; conflict: both changed the same part. */
  outcome: "same" | "mine" | "theirs" | "merged" | "conflict";
  mine: unknown;
  theirs: unknown;
};

export type DraftMerge = {
  /** Both edits together; where they collide, the editor's own text (listed in `conflicts`). */
  merged: Payload;
  fields: FieldMerge[];
  conflicts: string[];
};

// Words and the spaces between them, so that joining the pieces gives the text back exactly.
const words = (text: string) => text.split(/(\s+)/).filter((w) => w !== "");

/** A three-way merge of one text; null when both copies changed the same words. */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  const regions = diff3Merge(words(mine), words(base), words(theirs), { excludeFalseConflicts: true });
  if (regions.some((r) => r.conflict)) return null;
  return regions.flatMap((r) => r.ok ?? []).join("");
}

const text = (v: unknown): string | null => (v === undefined || v === null ? "" : typeof v === "string" ? v : null);

function mergeField(field: string, base: unknown, mine: unknown, theirs: unknown): FieldMerge & { value: unknown } {
  const result = (outcome: FieldMerge["outcome"], value: unknown) => ({ field, outcome, mine, theirs, value });
  if (dequal(mine, theirs)) return result("same", mine);
  if (dequal(base, mine)) return result("theirs", theirs);
  if (dequal(base, theirs)) return result("mine", mine);
  const [b, m, t] = [text(base), text(mine), text(theirs)];
  const merged = b !== null && m !== null && t !== null ? mergeText(b, m, t) : null;
  return merged === null ? result("conflict", mine) : result("merged", merged);
}

/**
 * Merges the editor's copy (`mine`) with the one saved elsewhere (`theirs`), both made from
 * `base`. Nothing typed on either side is lost: what cannot be merged keeps the editor's text and
 * is named, with the other text beside it, for the editor to decide.
 */
export function mergeDrafts(base: Payload, mine: Payload, theirs: Payload): DraftMerge {
  const names = [...new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])];
  const fields = names.map((name) => mergeField(name, base[name], mine[name], theirs[name]));
  const merged = Object.fromEntries(fields.filter((f) => f.value !== undefined).map((f) => [f.field, f.value]));
  return { merged, fields: fields.map(({ value: _value, ...f }) => f), conflicts: fields.filter((f) => f.outcome === "conflict").map((f) => f.field) };
}
