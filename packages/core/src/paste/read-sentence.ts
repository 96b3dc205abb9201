import { countryFinder } from "./find-countries.ts";
import { findDates, type FoundDate } from "./find-dates.ts";
import { findEvents } from "./find-events.ts";
import { findFacts } from "./find-facts.ts";
import { findMemberships } from "./find-memberships.ts";
import { findMissions } from "./find-missions.ts";
import { findOrganizations } from "./find-organizations.ts";
import { findPeople } from "./find-people.ts";
import { inside, normalizeName, type Span } from "./name-index.ts";
import { eventGuesses } from "./read-events.ts";
import type { CountryGuess, FactGuess, Guess, MembershipGuess, MissionGuess, OrganizationGuess, PersonGuess, Reading } from "./reading.ts";
import type { Dictionary } from "./sentence-dictionary.ts";
import { sentenceParts } from "./sentence-parts.ts";

/** A wiki cross-reference ("(see China and the United Nations)") is not part of what is stated. */
const mask = (text: string) => text.replace(/\((?:see|cf\.)\s[^)]*\)/gi, (m) => " ".repeat(m.length));

function byKey<T extends { key: string; spans: Span[] }>(list: T[]): T[] {
  const out = new Map<string, T>();
  for (const g of list) {
    const seen = out.get(g.key);
    if (seen) seen.spans.push(...g.spans);
    else out.set(g.key, g);
  }
  return [...out.values()];
}

/** Reads one pasted sentence against the atlas's dictionary. Pure: saves nothing. */
export function readSentence(raw: string, dict: Dictionary): Reading {
  const notes: string[] = [];
  const markers = [...raw.matchAll(/\[(\d{1,4})\]/g)].map((m) => m[1]!);
  const text = raw
    .replace(/\s*\[\d{1,4}\]\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const masked = mask(text);
  const focusKey = dict.focusCountryId;

  const { dates, problems } = findDates(masked);
  for (const p of problems) notes.push(`${p.message} Give the date when it happened, as precisely as the source allows.`);
  const dateSpans = [...dates.map((d) => d.span), ...problems.map((p) => p.span)];
  const orgs = findOrganizations(masked, dict, dateSpans);
  const finder = countryFinder(dict);
  const countries = finder.find(masked, [...dateSpans, ...orgs.map((o) => o.span)]);
  const people = findPeople(masked, dict, [...dateSpans, ...orgs.map((o) => o.span), ...countries.map((c) => c.span)]);
  const parts = sentenceParts(masked);

  const memberships = findMemberships(masked, parts, countries, orgs, dates, focusKey);
  const missions = findMissions(masked, countries, finder, dict.places, dates, focusKey);
  const facts = findFacts(masked, parts, dates, [...orgs.map((o) => o.span)]);
  const taken: Span[] = [...memberships.flatMap((m) => [m.since?.span, m.until?.span]), ...missions.map((m) => m.opened?.span), ...facts.map((f) => f.dateSpan)].filter(
    (s): s is Span => !!s,
  );
  const free = dates.filter((d: FoundDate) => !inside(d.span, taken));
  const events = findEvents(masked, parts, free, memberships.length + missions.length + facts.length > 0);
  if (!dates.length && !problems.length && events.length) notes.push("No date found: give when it happened, as precisely as the source allows.");

  const countryGuesses = byKey<CountryGuess>(countries.map((c) => ({ kind: "COUNTRY", key: c.key, spans: [c.span], atlasId: c.atlasId, name: c.name, fresh: c.fresh })));
  const countryAt = (span: Span | null) => (span ? (countries.find((c) => inside(c.span, [span]))?.key ?? null) : null);
  const personGuesses = byKey<PersonGuess>(
    people.map((p) => ({ kind: "PERSON", key: p.key, spans: [p.span], atlasId: p.atlasId, name: p.name, role: p.role, countryKey: p.countryId ?? countryAt(p.roleCountrySpan) })),
  );
  const orgGuesses = byKey<OrganizationGuess>(
    orgs.map((o) => ({ kind: "ORGANIZATION", key: o.key, spans: [o.span], atlasId: o.atlasId, name: o.name, acronym: o.acronym, organizationKind: o.kind })),
  );
  const membershipGuesses: MembershipGuess[] = memberships.map((m, i) => ({
    kind: "MEMBERSHIP",
    key: `membership:${i + 1}`,
    spans: [m.span],
    atlasId: dict.memberships.find((d) => d.countryId === m.countryKey && d.organizationId === m.orgKey && d.status === m.status)?.id ?? null,
    countryKey: m.countryKey,
    organizationKey: m.orgKey,
    status: m.status,
    since: m.since?.start ?? null,
    until: m.until?.start ?? null,
  }));
  const missionGuesses: MissionGuess[] = missions.map((m, i) => ({
    kind: "MISSION",
    key: `mission:${i + 1}`,
    spans: [m.span],
    atlasId: dict.missions.find((d) => d.senderId === m.senderKey && d.hostId === m.hostKey && d.type === m.type && normalizeName(d.city) === normalizeName(m.city))?.id ?? null,
    type: m.type,
    senderKey: m.senderKey,
    hostKey: m.hostKey,
    city: m.city,
    opened: m.opened?.start ?? null,
  }));
  const foreign = countries.find((c) => c.key !== focusKey)?.key ?? countries[0]?.key ?? null;
  const factGuesses: FactGuess[] = facts.map((f, i) => ({
    kind: "FACT",
    key: `fact:${i + 1}`,
    spans: [f.span],
    subject: f.subject,
    value: f.value,
    unit: f.unit,
    approximate: f.approximate,
    year: f.year,
    countryKey: foreign,
    certainty: f.estimate ? "ESTIMATE" : "STATED",
    attribution: f.attribution,
  }));
  const eventList = eventGuesses({
    text,
    masked,
    events,
    countries,
    people: personGuesses,
    personMentions: people,
    orgs,
    memberships: membershipGuesses,
    finder,
    places: dict.places,
  });
  for (const e of eventList)
    for (const p of e.participants) if (!p.role) notes.push(`Give ${personGuesses.find((g) => g.key === p.personKey)?.name ?? "the person"}'s role at the time.`);

  const citations: Reading["citations"] = [];
  for (const marker of markers) {
    const source = dict.sourcesByMarker.get(marker);
    if (source) citations.push({ sourceId: source.id, label: source.label, marker });
    else notes.push(`No source has reference number [${marker}] yet: add it, or choose the source.`);
  }
  const guesses: Guess[] = [...eventList, ...membershipGuesses, ...missionGuesses, ...factGuesses, ...countryGuesses, ...personGuesses, ...orgGuesses];
  const names: Record<string, string> = {};
  for (const g of guesses) {
    if ("name" in g) names[g.key] = g.name;
    const refs = [
      ...("countryKey" in g ? [g.countryKey] : []),
      ...(g.kind === "MISSION" ? [g.senderKey, g.hostKey] : []),
      ...(g.kind === "EVENT" ? [...g.countryKeys, g.placeCountryKey] : []),
    ];
    for (const key of refs) if (key && !names[key]) names[key] = finder.nameOf(key);
  }
  return { text, citations, names, notes, guesses };
}
