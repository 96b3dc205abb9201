import type { Db } from "@atlas/db";

/** The atlas's focus country (relationships are always its own), or null before the seed import. */
export async function getFocusCountry({ db }: { db: Db }): Promise<{ id: string; label: string } | null> {
  const site = await db.site.findUnique({
    where: { id: 1 },
    select: {
      // Stryker disable next-line ObjectLiteral: with no select of its own the country comes with every column, its id and name among them
      focusCountry: {
        select: { id: true, name: true },
      },
    },
  });
  return site ? { id: site.focusCountry.id, label: site.focusCountry.name } : null;
}
