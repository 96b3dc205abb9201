import { seedDir } from "@atlas/db/paths";

import type { TCountryPayload } from "../../src/kinds/country/schema.ts";
import type { TEventPayload } from "../../src/kinds/event/schema.ts";
import type { TMembershipPayload } from "../../src/kinds/membership/schema.ts";
import type { TMissionPayload } from "../../src/kinds/mission/schema.ts";
import type { TOrganizationPayload } from "../../src/kinds/organization/schema.ts";
import type { TPersonPayload } from "../../src/kinds/person/schema.ts";
import type { TSourcePayload } from "../../src/kinds/source/schema.ts";
import type { Dictionary } from "../../src/paste/sentence-dictionary.ts";
import { loadSeedFiles } from "../../src/seed/load-seed-files.ts";

/** The dictionary a freshly seeded atlas gives the paste reader, built from the seed files without a database. */
export async function seedDictionary(): Promise<Dictionary> {
  const { entries, site } = await loadSeedFiles(seedDir);
  const of = <T>(kind: string) => entries.filter((e) => e.kind === kind).map((e) => ({ id: e.id, ...(e.payload as T) }));
  const missions = of<TMissionPayload>("MISSION");
  return {
    focusCountryId: site.focusCountryId,
    countries: of<TCountryPayload>("COUNTRY").map((c) => ({ id: c.id, name: c.name, aliases: c.aliases, iso2: c.iso2 })),
    people: of<TPersonPayload>("PERSON").map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, countryId: p.countryId })),
    organizations: of<TOrganizationPayload>("ORGANIZATION").map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, acronym: o.acronym })),
    sourcesByMarker: new Map(of<TSourcePayload>("SOURCE").flatMap((s) => (s.marker ? [[s.marker, { id: s.id, label: s.title }] as const] : []))),
    places: new Map([
      ...of<TEventPayload>("EVENT").flatMap((e) => (e.place && e.placeCountryId ? [[e.place.toLowerCase(), e.placeCountryId] as const] : [])),
      ...missions.map((m) => [m.city.toLowerCase(), m.hostId] as const),
    ]),
    memberships: of<TMembershipPayload>("MEMBERSHIP").map((m) => ({ id: m.id, countryId: m.countryId, organizationId: m.organizationId, status: m.status })),
    missions: missions.map((m) => ({ id: m.id, senderId: m.senderId, hostId: m.hostId, city: m.city, type: m.type })),
  };
}
