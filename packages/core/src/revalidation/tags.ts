import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import type { AnyPayload, PayloadOf } from "../entries/schemas/index.ts";

/**
 * Cache tags of the public site. The web app tags each cached read with these; publishing
 * expires the ones an entry touches, before and after the change.
 */
export const TAGS = {
  /** Carried by every cached read: expiring it refreshes the whole site. */
  all: "atlas",
  site: "site",
  countries: "countries",
  country: (slug: string) => `country:${slug}`,
  timeline: "timeline",
  event: (slug: string) => `event:${slug}`,
  organizations: "organizations",
  organization: (slug: string) => `organization:${slug}`,
  person: (slug: string) => `person:${slug}`,
  feeds: "feeds",
  exports: "exports",
} as const;

function countryIdsOf(kind: EntryKind, p: AnyPayload): string[] {
  switch (kind) {
    case "RELATIONSHIP": {
      const r = p as PayloadOf<"RELATIONSHIP">;
      return [r.subjectId, r.counterpartId];
    }
    case "EVENT": {
      const e = p as PayloadOf<"EVENT">;
      return [...e.countryIds, ...(e.placeCountryId ? [e.placeCountryId] : []), ...e.participants.flatMap((x) => (x.countryId ? [x.countryId] : []))];
    }
    case "MISSION": {
      const m = p as PayloadOf<"MISSION">;
      return [m.senderId, m.hostId];
    }
    case "MEMBERSHIP":
      return [(p as PayloadOf<"MEMBERSHIP">).countryId];
    case "FACT": {
      const f = p as PayloadOf<"FACT">;
      return f.countryId ? [f.countryId] : [];
    }
    case "BODY":
      return (p as PayloadOf<"BODY">).countryIds;
    case "PERSON": {
      const x = p as PayloadOf<"PERSON">;
      return x.countryId ? [x.countryId] : [];
    }
    default:
      return [];
  }
}

function orgIdsOf(kind: EntryKind, p: AnyPayload): string[] {
  if (kind === "MEMBERSHIP") return [(p as PayloadOf<"MEMBERSHIP">).organizationId];
  if (kind === "EVENT") return (p as PayloadOf<"EVENT">).organizationIds;
  if (kind === "FACT") {
    const f = p as PayloadOf<"FACT">;
    return f.organizationId ? [f.organizationId] : [];
  }
  return [];
}

/** Every public cache tag that showing `before` or `after` of this entry could have affected. */
export async function tagsForChange(tx: Tx, input: { kind: EntryKind; before: AnyPayload | null; after: AnyPayload | null }): Promise<string[]> {
  const tags = new Set<string>([TAGS.site, TAGS.exports]);
  const versions = [input.before, input.after].filter((p): p is AnyPayload => p !== null);
  const countryIds = new Set(versions.flatMap((p) => countryIdsOf(input.kind, p)));
  const orgIds = new Set(versions.flatMap((p) => orgIdsOf(input.kind, p)));
  for (const p of versions) {
    if ("slug" in p) {
      if (input.kind === "COUNTRY") tags.add(TAGS.country(p.slug));
      if (input.kind === "EVENT") tags.add(TAGS.event(p.slug));
      if (input.kind === "ORGANIZATION") tags.add(TAGS.organization(p.slug));
      if (input.kind === "PERSON") tags.add(TAGS.person(p.slug));
    }
  }
  if (["COUNTRY", "RELATIONSHIP", "MISSION", "MEMBERSHIP", "EVENT"].includes(input.kind)) tags.add(TAGS.countries);
  if (input.kind === "EVENT") [TAGS.timeline, TAGS.feeds].forEach((t) => tags.add(t));
  if (input.kind === "MEMBERSHIP" || input.kind === "ORGANIZATION") tags.add(TAGS.organizations);
  // Names of countries, people and organisations, and sources, appear on pages of every kind:
  // a change to one refreshes the whole site (rare, and cheaper than tracking every mention).
  if (input.kind === "COUNTRY" || input.kind === "SOURCE" || input.kind === "PERSON" || input.kind === "ORGANIZATION") tags.add(TAGS.all);
  const [countries, orgs] = await Promise.all([
    tx.country.findMany({ where: { id: { in: [...countryIds] } }, select: { slug: true } }),
    tx.organization.findMany({ where: { id: { in: [...orgIds] } }, select: { slug: true } }),
  ]);
  countries.forEach((c) => tags.add(TAGS.country(c.slug)));
  orgs.forEach((o) => tags.add(TAGS.organization(o.slug)));
  // Country pages show the memberships they share with the focus country: a membership
  // change touches every member of that organisation.
  if (input.kind === "MEMBERSHIP") {
    const members = await tx.country.findMany({ where: { memberships: { some: { organizationId: { in: [...orgIds] } } } }, select: { slug: true } });
    members.forEach((c) => tags.add(TAGS.country(c.slug)));
  }
  if (input.kind === "EVENT") {
    const people = versions.flatMap((p) => (p as PayloadOf<"EVENT">).participants.map((x) => x.personId));
    (await tx.person.findMany({ where: { id: { in: people } }, select: { slug: true } })).forEach((x) => tags.add(TAGS.person(x.slug)));
  }
  return [...tags].sort();
}
