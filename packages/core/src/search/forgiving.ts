import type { Db } from "@atlas/db";

// What makes the atlas's searches forgiving, shared by the public search and the admin's: one
// text configuration, a prefix fallback while a word is still being typed, and "did you mean".

/** Search's own text configuration: English stemming after unaccent (see the readers migration). */
export const CONFIG = "atlas_search";

/** "refug tianj" → "refug:* & tianj:*": a fallback while someone is still typing a word. */
export function prefixQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/** Below this trigram similarity a known word is no longer taken for a misspelling. */
const SIMILAR = 0.3;

/**
 * "Did you mean": each word of the query that no published title or text contains, replaced by
 * the most similar word that one does (pg_trgm over the words of the search documents); null
 * when every word is known or none has a near neighbour.
 */
export async function suggest(db: Db, q: string): Promise<string | null> {
  const typed = q.match(/[\p{L}]{3,40}/gu)?.slice(0, 8) ?? [];
  if (!typed.length) return null;
  let changed = false;
  const out: string[] = [];
  for (const word of typed) {
    const [best] = await db.$queryRaw<{ term: string; known: boolean }[]>`
      SELECT t."term", t."term" = lower(unaccent(${word})) AS known
      FROM "SearchTerm" t
      WHERE t."term" % lower(unaccent(${word})) AND similarity(t."term", lower(unaccent(${word}))) >= ${SIMILAR}
      ORDER BY t."term" = lower(unaccent(${word})) DESC, similarity(t."term", lower(unaccent(${word}))) DESC, t."term"
      LIMIT 1`;
    if (best && !best.known) changed = true;
    out.push(best?.term ?? word);
  }
  return changed ? out.join(" ") : null;
}
