import type { Db } from "@atlas/db";

import { footnote, loadCitations, type CitedText, type Footnote, type Reference } from "./citations.ts";
import { listCounterparts, type Counterpart } from "./countries.ts";
import { loadEvents, pastOf, type PublicEvent } from "./events.ts";
import { loadFacts, type PublicFact } from "./facts.ts";
import { PUBLISHED } from "./published.ts";
import { getSite, type PublicSite } from "./site.ts";

export type HomePage = {
  site: PublicSite;
  /** The focus country's overview with its footnotes, cited like any other summary. */
  summary: { cited: CitedText | null; notes: Footnote[] } | null;
  references: Reference[];
  counterparts: Counterpart[];
  latestEvents: PublicEvent[];
  facts: PublicFact[];
  figures: { counterparts: number; events: number; missionsAbroad: number; memberships: number; sources: number };
};

export async function getHomePage(db: Db): Promise<HomePage> {
  const site = await getSite(db);
  const focusId = site.focus.id;
  const [counterparts, latestEvents, facts, events, missionsAbroad, memberships, sources, citations] = await Promise.all([
    listCounterparts(db),
    loadEvents(db, {}, { take: 6, past: pastOf(site) }),
    loadFacts(db, {}),
    db.event.count({ where: PUBLISHED }),
    db.mission.count({ where: { senderId: focusId, ...PUBLISHED } }),
    db.membership.count({ where: { countryId: focusId, ...PUBLISHED } }),
    db.source.count({ where: PUBLISHED }),
    loadCitations(db, [focusId]),
  ]);
  const text = site.focus.summary;
  const { notes, texts, references } = footnote(text ? [{ key: "overview", citations: citations.get(focusId) ?? [], text }] : []);
  return {
    site,
    summary: text ? { cited: texts.get("overview") ?? null, notes: notes.get("overview") ?? [] } : null,
    references,
    counterparts,
    latestEvents,
    facts,
    figures: { counterparts: counterparts.length, events, missionsAbroad, memberships, sources },
  };
}
