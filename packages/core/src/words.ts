// Words as readers expect them: "1 event", "2 events"; "the United States"; a teaser that ends
// where a sentence ends ("…led a U.S. presidential delegation." is one sentence, not two).
// Client-safe: the public views use these too.

import { stripMarkers } from "./citations/markers.ts";

const plurals = new Intl.PluralRules("en");

/** "1 event", "3 events", "1 shared membership": the count with its noun in the right number. */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${plurals.select(n) === "one" ? one : other}`;
}

/** A country's name in running text: "the United States", "Russia"; capitalised at a sentence's start. */
export function theName(c: { name: string; takesArticle: boolean }, start = false): string {
  if (!c.takesArticle) return c.name;
  return `${start ? "The" : "the"} ${c.name}`;
}

/** Other names worth telling readers: not the name itself or the official name again. */
export function otherNames(c: { name: string; officialName?: string | null; aliases: string[] }): string[] {
  const known = new Set([c.name, c.officialName ?? ""].map((s) => s.toLocaleLowerCase("en")));
  return c.aliases.filter((a) => !known.has(a.toLocaleLowerCase("en")));
}

/** Markdown as plain text: markers, emphasis, links' addresses and headings gone. */
export function plainText(markdown: string): string {
  return stripMarkers(markdown)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const sentences = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * The first sentences of a text that fit in `max` characters (at least the first sentence,
 * shortened at a word with "…" only when it alone is longer). Sentence ends come from
 * Intl.Segmenter, which knows that "U.S. presidential" goes on.
 */
export function teaser(markdown: string, max = 200): string {
  const text = plainText(markdown.split(/\n\s*\n/)[0] ?? "");
  let out = "";
  for (const { segment } of sentences.segment(text)) {
    if (out && (out + segment).trim().length > max) break;
    out += segment;
  }
  out = out.trim();
  if (out.length <= max) return out;
  const cut = out.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trim()}…`;
}

export { stripMarkers };
