import { Prisma, type Db, type Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import type { Link } from "../kinds/kind.ts";
import { ALL_KINDS, kindOf } from "../kinds/registry.ts";

// Every statement cites its sources through the citations table.
const CITATIONS: Link = { to: "SOURCE", table: "Citation", column: "sourceId", owner: "entryId" };
const LINKS: Link[] = [...ALL_KINDS.flatMap((k) => kindOf(k).links), CITATIONS];

/** The rows that refer to an entry of this kind, from every kind's links (each branch reads an index). */
function referencing(kind: EntryKind, id: string): Prisma.Sql | null {
  const branches = LINKS.filter((l) => l.to === kind).map(
    (l) => Prisma.sql`SELECT ${Prisma.raw(`"${l.owner}"`)} AS id FROM ${Prisma.raw(`"${l.table}"`)} WHERE ${Prisma.raw(`"${l.column}"`)} = ${id}`,
  );
  return branches.length ? Prisma.join(branches, " UNION ") : null;
}

/** Ids of the published entries that refer to this one, in id order (one query, however many). */
export async function publishedDependentIds(db: Db | Tx, kind: EntryKind, id: string): Promise<string[]> {
  const rows = referencing(kind, id);
  // Stryker disable next-line ConditionalExpression: without the guard the query reads IN (NULL) and finds nothing as well
  if (!rows) return [];
  const found = await db.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "Entry" e
    WHERE e."status" = 'PUBLISHED' AND e."id" <> ${id} AND e."id" IN (${rows})
    ORDER BY e."id"`;
  return found.map((r) => r.id);
}

/** Labels of published entries that refer to this one (it cannot leave the site before them). */
export async function publishedDependents(tx: Tx, kind: EntryKind, id: string): Promise<{ count: number; labels: string[] }> {
  const site = kind === "COUNTRY" ? await tx.site.findUnique({ where: { id: 1 }, select: { focusCountryId: true } }) : null;
  const focus = site?.focusCountryId === id ? ["the site itself (it is the focus country)"] : [];
  const rows = referencing(kind, id);
  if (!rows) return { count: focus.length, labels: focus };
  const found = await tx.$queryRaw<{ label: string; total: bigint }[]>`
    SELECT e."label", count(*) OVER () AS total FROM "Entry" e
    WHERE e."status" = 'PUBLISHED' AND e."id" <> ${id} AND e."id" IN (${rows})
    ORDER BY e."label" LIMIT 5`;
  return { count: focus.length + Number(found[0]?.total ?? 0), labels: [...focus, ...found.map((r) => r.label)] };
}
