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
