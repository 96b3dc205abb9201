/** Lower-case words joined by single hyphens, at most 80 characters: what every slug looks like. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;
// A lookup by anything else is answered "not found" without asking the database (which would
// refuse a NUL byte with an error, not an empty result).
export const isSlug = (value: string): boolean => value.length <= SLUG_MAX && SLUG_PATTERN.test(value);

/** "Mongolia and Qatar sign…" → "mongolia-and-qatar-sign" (accents dropped; at most `words` words). */
export function slugify(text: string, words = 12): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, words)
    .join("-")
    .slice(0, 80)
    .replace(/-+$/, "");
}
