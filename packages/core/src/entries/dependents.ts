import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

const published = { entry: { status: "PUBLISHED" as const } };

/** Ids of the published entries that refer to this one. */
export async function publishedDependentIds(tx: Tx, kind: EntryKind, id: string): Promise<string[]> {
  const ids = new Set<string>();
  const add = (rows: { id: string }[]) => rows.forEach((r) => ids.add(r.id));
  if (kind === "COUNTRY") {
    add(await tx.relationship.findMany({ where: { OR: [{ subjectId: id }, { counterpartId: id }], ...published }, select: { id: true } }));
    add(
      await tx.event.findMany({
        where: { OR: [{ countries: { some: { countryId: id } } }, { placeCountryId: id }, { participants: { some: { countryId: id } } }], ...published },
        select: { id: true },
      }),
    );
    add(await tx.mission.findMany({ where: { OR: [{ senderId: id }, { hostId: id }], ...published }, select: { id: true } }));
    add(await tx.membership.findMany({ where: { countryId: id, ...published }, select: { id: true } }));
    add(await tx.fact.findMany({ where: { countryId: id, ...published }, select: { id: true } }));
    add(await tx.person.findMany({ where: { countryId: id, ...published }, select: { id: true } }));
    add(await tx.body.findMany({ where: { countries: { some: { countryId: id } }, ...published }, select: { id: true } }));
    add(await tx.country.findMany({ where: { successorId: id, ...published }, select: { id: true } }));
  } else if (kind === "ORGANIZATION") {
    add(await tx.membership.findMany({ where: { organizationId: id, ...published }, select: { id: true } }));
    add(await tx.event.findMany({ where: { organizations: { some: { organizationId: id } }, ...published }, select: { id: true } }));
    add(await tx.fact.findMany({ where: { organizationId: id, ...published }, select: { id: true } }));
  } else if (kind === "PERSON") {
    add(await tx.event.findMany({ where: { participants: { some: { personId: id } }, ...published }, select: { id: true } }));
  } else if (kind === "SOURCE") {
    const rows = await tx.citation.findMany({ where: { sourceId: id, entry: { status: "PUBLISHED" } }, select: { entryId: true }, distinct: ["entryId"] });
    rows.forEach((r) => ids.add(r.entryId));
  }
  ids.delete(id);
  return [...ids];
}

/** Labels of published entries that refer to this one (it cannot leave the site before them). */
export async function publishedDependents(tx: Tx, kind: EntryKind, id: string): Promise<string[]> {
  const ids = await publishedDependentIds(tx, kind, id);
  const site = kind === "COUNTRY" ? await tx.site.findUnique({ where: { id: 1 }, select: { focusCountryId: true } }) : null;
  const focus = site?.focusCountryId === id ? ["the site itself (it is the focus country)"] : [];
  if (!ids.length) return focus;
  return [...focus, ...(await tx.entry.findMany({ where: { id: { in: ids } }, select: { label: true }, orderBy: { label: "asc" } })).map((e) => e.label)];
}
