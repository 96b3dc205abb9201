import type { Db, Tx } from "@atlas/db";

/** What an entry (or excerpt) id looks like: `country_north-korea`, `excerpt_s13`. */
export const ENTRY_ID_PATTERN = /^[a-z]+_[a-z0-9]+(-[a-z0-9]+)*$/;

function collect(value: unknown, out: Set<string>): void {
  // Stryker disable next-line LogicalOperator: any text may go to the lookup; what is no id finds nothing there
  if (typeof value === "string" && ENTRY_ID_PATTERN.test(value)) out.add(value);
  // Lists too: their values are their items.
  else if (value && typeof value === "object") Object.values(value).forEach((v) => collect(v, out));
}

/**
 * Names of every entry or excerpt id the values mention (entries by label, excerpts by their
 * text shortened to `excerptLength`), so people see names, not ids.
 */
export async function namesOfIds(db: Db | Tx, values: unknown[], excerptLength: number): Promise<Map<string, string>> {
  const ids = new Set<string>();
  values.forEach((v) => collect(v, ids));
  // Stryker disable next-line ConditionalExpression: saves two queries; with no ids they would find nothing
  if (!ids.size) return new Map();
  const [entries, excerpts] = await Promise.all([
    db.entry.findMany({ where: { id: { in: [...ids] } }, select: { id: true, label: true } }),
    db.excerpt.findMany({ where: { id: { in: [...ids] } }, select: { id: true, text: true } }),
  ]);
  const short = (text: string) => (text.length > excerptLength ? `${text.slice(0, excerptLength)}…` : text);
  const names = new Map([...entries.map((e) => [e.id, e.label] as const), ...excerpts.map((e) => [e.id, short(e.text)] as const)]);
  // Passages of sources not published yet live only in their drafts: named from the newest one.
  const unpublished = [...ids].filter((id) => !names.has(id) && id.startsWith("excerpt_"));
  if (unpublished.length) {
    const drafted = await db.$queryRaw<{ id: string; text: string }[]>`
      SELECT DISTINCT ON (x->>'id') x->>'id' AS id, x->>'text' AS text
      FROM "Revision" r
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r."payload"->'excerpts') = 'array' THEN r."payload"->'excerpts' ELSE '[]'::jsonb END) x
      WHERE r."kind" = 'SOURCE' AND x->>'id' = ANY(${unpublished}::text[]) AND jsonb_typeof(x->'text') = 'string'
      ORDER BY x->>'id', r."updatedAt" DESC`;
    for (const d of drafted) names.set(d.id, short(d.text));
  }
  return names;
}
