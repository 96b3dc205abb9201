import type { CountryFinder, CountryMention } from "./find-countries.ts";
import type { EventMention } from "./find-events.ts";
import type { OrgMention } from "./find-organizations.ts";
import type { PersonMention } from "./find-people.ts";
import type { Span } from "./name-index.ts";
import type { EventGuess, MembershipGuess, PersonGuess } from "./reading.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const within = (s: Span, c: Span) => s.start >= c.start && s.end <= c.end;

/** The sentence (or clause) without its leading date: "In August 2011, Joe Biden made…" → "Joe Biden made…". */
export function makeTitle(text: string, datePhrase: string | null): string {
  let t = text;
  if (datePhrase) t = t.replace(new RegExp(`^\\s*(in|on|during|from)?\\s*(the\\s+)?${escape(datePhrase)}\\s*,?\\s*`, "i"), "");
  t = t.replace(/\s*\.$/, "").trim();
  const clause = t.split(/[,;:]\s/)[0]!;
  if (clause.length >= 25) t = clause;
  if (t.length > 120) t = `${t.slice(0, 117).replace(/\s+\S*$/, "")}…`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

type Input = {
  text: string;
  masked: string;
  events: EventMention[];
  countries: CountryMention[];
  people: PersonGuess[];
  personMentions: PersonMention[];
  orgs: OrgMention[];
  memberships: MembershipGuess[];
  finder: CountryFinder;
  places: Map<string, string>;
};

/** Where a visit went: "visited Ulaanbaatar" (a city whose country is known), "a visit to Mongolia". */
function placeOf(masked: string, clause: Span, countries: CountryMention[], finder: CountryFinder, places: Map<string, string>) {
  const words = masked.slice(clause.start, clause.end);
  const city = /\b(?:visit(?:ed|s|ing)?|toured|in|to|arrived in)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?)/gu;
  for (const m of words.matchAll(city)) {
    const at = clause.start + m.index + m[0].length - m[1]!.length;
    const country = countries.find((c) => c.span.start === at && !c.demonym);
    if (country) return { place: null, placeCountryKey: country.key };
    const known = places.get(m[1]!.toLowerCase()) ?? finder.capitalOf(m[1]!);
    if (known) return { place: m[1]!, placeCountryKey: known };
  }
  return { place: null, placeCountryKey: null };
}

export function eventGuesses({ text, masked, events, countries, people, personMentions, orgs, memberships, finder, places }: Input): EventGuess[] {
  const out: EventGuess[] = [];
  const clauses = events.map((e) => e.clause);
  const several = events.length > 1;
  for (const [i, e] of events.entries()) {
    // The sentence's own event takes what no other event's clause holds.
    const mine = <T extends { span: Span }>(list: T[]) => list.filter((x) => (e.main ? !clauses.some((c, j) => j !== i && within(x.span, c)) : within(x.span, e.clause)));
    const participants = mine(personMentions).map((p) => {
      const guess = people.find((g) => g.key === p.key)!;
      return { personKey: guess.key, role: guess.role, countryKey: guess.countryKey };
    });
    const countryKeys = [...new Set([...mine(countries).map((c) => c.key), ...participants.flatMap((p) => (p.countryKey ? [p.countryKey] : []))])];
    const visit = e.type === "VISIT" || e.type === "DELEGATION";
    const place = visit ? placeOf(masked, e.clause, countries, finder, places) : { place: null, placeCountryKey: null };
    if (place.placeCountryKey && !countryKeys.includes(place.placeCountryKey)) countryKeys.push(place.placeCountryKey);
    const datePhrase = e.start ? text.slice(e.start.span.start, e.start.span.end) : null;
    const title = makeTitle(several && !e.main ? text.slice(e.clause.start, e.clause.end) : text.replace(/^\s*(?:on|in)\s+\d{4}-\d{1,2}-\d{1,2}\s*,?\s*/i, ""), datePhrase);
    out.push({
      kind: "EVENT",
      key: `event:${i + 1}`,
      spans: [e.span],
      title,
      type: e.type,
      start: e.start?.start ?? null,
      end: e.start?.end ?? null,
      ...place,
      countryKeys,
      participants: [...new Map(participants.map((p) => [p.personKey, p])).values()],
      organizationKeys: [...new Set(mine(orgs).map((o) => o.key))].filter((k) => !memberships.some((m) => m.organizationKey === k)),
    });
  }
  // A dated change of membership that another country took part in is an event of its own
  // ("did not join the UN until 1961 because of … the Republic of China").
  for (const m of memberships) {
    const others = countries.filter((c) => c.key !== m.countryKey && !c.demonym);
    const when = m.since ?? m.until;
    if (!when || !others.length) continue;
    out.push({
      kind: "EVENT",
      key: `event:${out.length + 1}`,
      spans: m.spans,
      title: makeTitle(text.slice(m.spans[0]!.start, m.spans[0]!.end), null),
      type: "MEMBERSHIP_CHANGE",
      start: when,
      end: null,
      place: null,
      placeCountryKey: null,
      countryKeys: [...new Set([m.countryKey, ...others.map((c) => c.key)])],
      participants: [],
      organizationKeys: [m.organizationKey],
    });
  }
  return out;
}
