import { Prisma, type Db, type Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

/** The rows that refer to an entry of this kind, as one set (each branch reads an index). */
function referencing(kind: EntryKind, id: string): Prisma.Sql | null {
  switch (kind) {
    case "COUNTRY":
      return Prisma.sql`
        SELECT "id" FROM "Relationship" WHERE "subjectId" = ${id} OR "counterpartId" = ${id}
        UNION SELECT "eventId" FROM "EventCountry" WHERE "countryId" = ${id}
        UNION SELECT "id" FROM "Event" WHERE "placeCountryId" = ${id}
        UNION SELECT "eventId" FROM "EventParticipant" WHERE "countryId" = ${id}
        UNION SELECT "id" FROM "Mission" WHERE "senderId" = ${id} OR "hostId" = ${id}
        UNION SELECT "id" FROM "Membership" WHERE "countryId" = ${id}
        UNION SELECT "id" FROM "Fact" WHERE "countryId" = ${id}
        UNION SELECT "id" FROM "Person" WHERE "countryId" = ${id}
        UNION SELECT "bodyId" FROM "BodyCountry" WHERE "countryId" = ${id}
        UNION SELECT "id" FROM "Country" WHERE "successorId" = ${id}`;
    case "ORGANIZATION":
      return Prisma.sql`
        SELECT "id" FROM "Membership" WHERE "organizationId" = ${id}
        UNION SELECT "eventId" FROM "EventOrganization" WHERE "organizationId" = ${id}
        UNION SELECT "id" FROM "Fact" WHERE "organizationId" = ${id}`;
    case "PERSON":
      return Prisma.sql`SELECT "eventId" FROM "EventParticipant" WHERE "personId" = ${id}`;
    case "SOURCE":
      return Prisma.sql`SELECT "entryId" FROM "Citation" WHERE "sourceId" = ${id}`;
    default:
      return null;
  }
}

/** Ids of the published entries that refer to this one, in id order (one query, however many). */
export async function publishedDependentIds(db: Db | Tx, kind: EntryKind, id: string, limit?: number): Promise<string[]> {
  const rows = referencing(kind, id);
  if (!rows) return [];
  const found = await db.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "Entry" e
    WHERE e."status" = 'PUBLISHED' AND e."id" <> ${id} AND e."id" IN (${rows})
    ORDER BY e."id" ${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`;
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
