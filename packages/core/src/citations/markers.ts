// Inline citation markers in Markdown: "…the Communist era.[^1] After…" puts the entry's first
// citation right after the sentence it supports; "[^2][^3]" cites two. Numbers are positions in
// the entry's own list of citations (the form calls them Source 1, Source 2…).

/** A run of adjacent markers: "[^2][^3]". */
const GROUP = /(?:\[\^\d{1,3}\])+/g;
const ONE = /\[\^(\d{1,3})\]/g;

/** The citation numbers (1-based) of each group of markers, in reading order. */
export function markerGroups(markdown: string): number[][] {
  return [...markdown.matchAll(GROUP)].map((m) => [...m[0].matchAll(ONE)].map((x) => Number(x[1])));
}

/** Replaces each group of markers with what `replace` returns for its position. */
export function replaceMarkerGroups(markdown: string, replace: (group: number) => string): string {
  let i = 0;
  return markdown.replace(GROUP, () => replace(i++));
}

/** The text without its markers (search documents, teasers, descriptions for other sites). */
export const stripMarkers = (markdown: string) => markdown.replace(GROUP, "");

/** Why the markers of a text do not fit its citations, or null: each must name one of them. */
export function markerProblem(markdown: string | null | undefined, citationCount: number): string | null {
  if (!markdown) return null;
  const bad = [...new Set(markerGroups(markdown).flat())].filter((n) => n < 1 || n > citationCount);
  if (!bad.length) return null;
  const listed = citationCount === 0 ? "no sources are listed" : citationCount === 1 ? "only Source 1 is listed" : `only Sources 1 to ${citationCount} are listed`;
  return `${bad.map((n) => `[^${n}]`).join(", ")} ${bad.length === 1 ? "cites a source" : "cite sources"} this entry does not list (${listed}).`;
}
