import type { Db } from "@atlas/db";

import { footnote, loadCitations, type CitedText, type Footnote, type Reference } from "./citations.ts";
import { listCounterparts, type Counterpart } from "./countries.ts";
import { eventStatements, loadEvents, notedEvent, pastOf, type NotedEvent } from "./events.ts";
import { loadFacts, type PublicFact } from "./facts.ts";
import { PUBLISHED } from "./published.ts";
import { getSite, type PublicSite } from "./site.ts";

export type HomePage = {
  site: PublicSite;
  /** The focus country's overview with its footnotes, cited like any other summary. */
  summary: { cited: CitedText | null; notes: Footnote[] } | null;
  references: Reference[];
  counterparts: Counterpart[];
  latestEvents: NotedEvent[];
  facts: (PublicFact & { notes: Footnote[] })[];
  /**
   * What the atlas records, counted: countries with a page, dated events, the focus country's
   * missions abroad and memberships (and how many of those organisations have since ended),
   * sources cited. Counts of records, not of all there is.
   */
  figures: { counterparts: number; events: number; missionsAbroad: number; memberships: number; membershipsEnded: number; sources: number };
};

export async function getHomePage(db: Db): Promise<HomePage> {
  const site = await getSite(db);
  const focusId = site.focus.id;
  const [counterparts, latestEvents, facts, events, missionsAbroad, memberships, membershipsEnded, sources, citations] = await Promise.all([
    listCounterparts(db),
    loadEvents(db, {}, { take: 6, past: pastOf(site) }),
    loadFacts(db, {}, { staleAfterYears: site.staleAfterYears }),
    db.event.count({ where: PUBLISHED }),
    db.mission.count({ where: { senderId: focusId, ...PUBLISHED } }),
    db.membership.count({ where: { countryId: focusId, ...PUBLISHED } }),
    db.membership.count({ where: { countryId: focusId, ...PUBLISHED, organization: { dissolvedYear: { not: null } } } }),
    db.source.count({ where: PUBLISHED }),
    loadCitations(db, [focusId]),
  ]);
  const text = site.focus.summary;
  // Footnoted in reading order: the overview, the key facts beside it, then the latest events.
  const { notes, texts, references } = footnote([
    ...(text ? [{ key: "overview", citations: citations.get(focusId) ?? [], text }] : []),
    ...facts.map((f) => ({ key: `fact-${f.id}`, citations: f.citations })),
    ...latestEvents.flatMap((e) => eventStatements(e)),
  ]);
  return {
    site,
    summary: text ? { cited: texts.get("overview") ?? null, notes: notes.get("overview") ?? [] } : null,
    references,
    counterparts,
    latestEvents: latestEvents.map((e) => notedEvent(e, notes)),
    facts: facts.map((f) => ({ ...f, notes: notes.get(`fact-${f.id}`) ?? [] })),
    figures: { counterparts: counterparts.length, events, missionsAbroad, memberships, membershipsEnded, sources },
  };
}
