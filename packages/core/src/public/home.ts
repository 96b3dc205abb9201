import type { Db } from "@atlas/db";

import { listCounterparts, type Counterpart } from "./countries.ts";
import { loadEvents, type PublicEvent } from "./events.ts";
import { loadFacts, type PublicFact } from "./facts.ts";
import { PUBLISHED } from "./published.ts";
import { getSite, type PublicSite } from "./site.ts";

export type HomePage = {
  site: PublicSite;
  counterparts: Counterpart[];
  latestEvents: PublicEvent[];
  facts: PublicFact[];
  figures: { counterparts: number; events: number; missionsAbroad: number; memberships: number; sources: number };
};

export async function getHomePage(db: Db): Promise<HomePage> {
  const site = await getSite(db);
  const focusId = site.focus.id;
  const [counterparts, latestEvents, facts, events, missionsAbroad, memberships, sources] = await Promise.all([
    listCounterparts(db),
    loadEvents(db, {}, { take: 6 }),
    loadFacts(db, {}),
    db.event.count({ where: PUBLISHED }),
    db.mission.count({ where: { senderId: focusId, ...PUBLISHED } }),
    db.membership.count({ where: { countryId: focusId, ...PUBLISHED } }),
    db.source.count({ where: PUBLISHED }),
  ]);
  return { site, counterparts, latestEvents, facts, figures: { counterparts: counterparts.length, events, missionsAbroad, memberships, sources } };
}
