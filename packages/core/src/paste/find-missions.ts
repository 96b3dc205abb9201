import type { MissionType } from "@atlas/db/enums";

import type { CountryFinder, CountryMention } from "./find-countries.ts";
import type { FoundDate } from "./find-dates.ts";
import type { Span } from "./name-index.ts";

// Missions: "opened an embassy in Ulaanbaatar", "three consulate generals (in Irkutsk, Kyzyl and
// Ulan Ude)", "a consulate general in Hohhot, China". The host is the country named after the
// city, else the country whose capital (or known city) it is, else the host of the mission named
// before it in the sentence, else — for another country's mission — the atlas's focus country.

export type MissionMention = { type: MissionType; senderKey: string; hostKey: string | null; city: string; opened: FoundDate | null; span: Span };

const TYPES: [RegExp, MissionType][] = [
  [/^honorary consulates?$/i, "HONORARY_CONSULATE"],
  [/^consulates?[- ]generals?$|^consulates general$/i, "CONSULATE_GENERAL"],
  [/^consulates?$/i, "CONSULATE"],
  [/^embass(?:y|ies)$/i, "EMBASSY"],
  [/^branch(?:es)?(?: offices?)?$/i, "BRANCH_OFFICE"],
  [/^(?:representative|liaison|trade) offices?$/i, "REPRESENTATIVE_OFFICE"],
  [/^permanent missions?$/i, "PERMANENT_MISSION"],
];
const PHRASE =
  /\b(honorary consulates?|consulates?[- ]generals?|consulates general|consulates?|embass(?:y|ies)|branch(?:es)?(?: offices?)?|(?:representative|liaison|trade) offices?|permanent missions?)\s+\(?\s*(?:in|at)\s+/gi;

const WORDS = /^\p{Lu}[\p{L}\p{M}'’]*(?:[\s-]+\p{Lu}[\p{L}\p{M}'’]*)*/u;

/** "Irkutsk, Kyzyl and Ulan Ude" → three cities with their places; stops at the first other word. */
function cityList(text: string, from: number): { name: string; span: Span }[] {
  const cities: { name: string; span: Span }[] = [];
  let at = from;
  for (;;) {
    const m = WORDS.exec(text.slice(at));
    if (!m) break;
    cities.push({ name: m[0], span: { start: at, end: at + m[0].length } });
    at += m[0].length;
    const separator = /^\s*(?:,\s*and|,|and)\s+/.exec(text.slice(at));
    if (!separator) break;
    at += separator[0].length;
  }
  return cities;
}

export function findMissions(
  text: string,
  countries: CountryMention[],
  finder: CountryFinder,
  places: Map<string, string>,
  dates: FoundDate[],
  focusKey: string | null,
): MissionMention[] {
  const found: MissionMention[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const type = TYPES.find(([re]) => re.test(m[1]!.replace(/\s+/g, " ")))![1];
    const sender = countries.filter((c) => c.span.end <= m.index).at(-1);
    if (!sender) continue;
    const opened = /\b(opened|established|inaugurated|set up)\b/i.test(text.slice(sender.span.end, m.index)) ? (dates.find((d) => d.span.start > sender.span.end) ?? null) : null;
    for (const city of cityList(text, m.index + m[0].length)) {
      const named = countries.find((c) => c.span.start === city.span.start);
      if (named) {
        // "Hohhot, China": the country names the host of the cities before it.
        for (const f of found) if (f.hostKey === null || f.span.start >= m.index) f.hostKey = named.key;
        continue;
      }
      const known = places.get(city.name.toLowerCase()) ?? finder.capitalOf(city.name);
      const previous = found.at(-1)?.hostKey ?? null;
      const fallback = sender.key !== focusKey ? focusKey : null;
      found.push({ type, senderKey: sender.key, hostKey: known ?? previous ?? fallback, city: city.name, opened, span: { start: m.index, end: city.span.end } });
    }
  }
  return found;
}
