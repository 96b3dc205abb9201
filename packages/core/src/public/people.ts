import type { Db } from "@atlas/db";

import { isSlug } from "../text.ts";
import { loadEvents, type PublicEvent } from "./events.ts";
import { PUBLISHED } from "./published.ts";

export type PersonPage = {
  person: {
    id: string;
    slug: string;
    name: string;
    aliases: string[];
    description: string | null;
    wikidataId: string | null;
    bornYear: number | null;
    diedYear: number | null;
    country: { slug: string; name: string } | null;
  };
  events: PublicEvent[];
};

export async function getPersonPage(db: Db, slug: string): Promise<PersonPage | null> {
  if (!isSlug(slug)) return null;
  const person = await db.person.findFirst({
    where: { slug, ...PUBLISHED },
    include: { country: { select: { slug: true, name: true, entry: { select: { status: true } } } } },
  });
  if (!person) return null;
  const events = await loadEvents(db, { participants: { some: { personId: person.id } } }, { take: 100 });
  const { country, ...rest } = person;
  return {
    person: {
      id: rest.id,
      slug: rest.slug,
      name: rest.name,
      aliases: rest.aliases,
      description: rest.description,
      wikidataId: rest.wikidataId,
      bornYear: rest.bornYear,
      diedYear: rest.diedYear,
      country: country && country.entry.status === "PUBLISHED" ? { slug: country.slug, name: country.name } : null,
    },
    events,
  };
}
