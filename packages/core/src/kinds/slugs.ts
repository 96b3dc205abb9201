import { slugify as transliterate } from "transliteration";

import type { EntryKind } from "@atlas/db/enums";

import { SLUG_MAX } from "../text.ts";
import type { FieldSpec } from "./kind.ts";
import { KINDS } from "./registry.ts";

/**
 * "Монгол Улс" → "mongol-uls", "Côte d’Ivoire" → "cote-d-ivoire", "北京" → "bei-jing": text in any
 * script, transliterated to lower-case Latin words joined by hyphens (at most `words` words and
 * SLUG_MAX characters), as every slug looks.
 */
export function slugify(text: string, words = 12): string {
  return transliterate(text, { lowercase: true, separator: "-", trim: true })
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, words)
    .join("-")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
}

/** A kind's slug field: which field its slug is made from, and after the year of which date. */
export function slugSpec(kind: EntryKind): Extract<FieldSpec, { type: "slug" }> | null {
  const spec = KINDS[kind].form.flatMap((s) => s.fields).find((f) => f.type === "slug");
  return spec?.type === "slug" ? spec : null;
}

/**
 * The slug an entry gets from its name, as its kind's form says ("2015 Modi visits Mongolia" →
 * "2015-modi-visits-mongolia"): the one way a slug is made from a name, in forms and on the server.
 */
export function slugFor(kind: EntryKind, payload: Record<string, unknown>): string {
  const spec = slugSpec(kind);
  if (!spec) return "";
  const year = spec.yearFrom ? payload[spec.yearFrom] : undefined;
  const name = payload[spec.from];
  return slugify(`${typeof year === "string" ? year.slice(0, 4) : ""} ${typeof name === "string" ? name : ""}`);
}
