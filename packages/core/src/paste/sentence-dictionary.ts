import type { Db } from "@atlas/db";

import type { Dictionary } from "./parse-sentence.ts";

const published = { entry: { status: "PUBLISHED" as const } };

/** The names a pasted sentence is matched against: published entries only. */
export async function dictionaryOf(db: Db): Promise<Dictionary> {
  const [countries, people, organizations, sources] = await Promise.all([
    db.country.findMany({ where: published, select: { id: true, name: true, aliases: true } }),
    db.person.findMany({ where: published, select: { id: true, name: true, aliases: true, countryId: true } }),
    db.organization.findMany({ where: published, select: { id: true, name: true, aliases: true, acronym: true } }),
    db.source.findMany({ where: { ...published, marker: { not: null } }, select: { id: true, marker: true, title: true } }),
  ]);
  return {
    countries,
    people,
    organizations: organizations.map((o) => ({ id: o.id, name: o.name, aliases: [...o.aliases, ...(o.acronym ? [o.acronym] : [])] })),
    sourcesByMarker: new Map(sources.map((s) => [s.marker!, { id: s.id, label: s.title }])),
  };
}
