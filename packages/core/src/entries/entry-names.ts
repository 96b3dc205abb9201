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
  return new Map([
    ...entries.map((e) => [e.id, e.label] as const),
    ...excerpts.map((e) => [e.id, e.text.length > excerptLength ? `${e.text.slice(0, excerptLength)}…` : e.text] as const),
  ]);
}
