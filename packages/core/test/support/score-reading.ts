import { normalizeName } from "../../src/paste/name-index.ts";
import type { Guess, Reading } from "../../src/paste/reading.ts";

// Scores what the paste reader drafts against what a careful editor would draft
// (test/paste-corpus/sentences.json). A guess counts once, against one expected entity.

export type Expected = { kind: string } & Record<string, string | null>;
export type CorpusSentence = { id: string; text: string; note?: string; expect: Expected[] };
export type Score = { expected: number; drafted: number; matched: number; missed: Expected[]; extra: Record<string, unknown>[] };

const same = (a: string | null | undefined, b: string | null | undefined) => normalizeName(a ?? "") === normalizeName(b ?? "");

/** A guess as key values, with the names of the entries it refers to. */
export function describe(guess: Guess, reading: Reading): Record<string, unknown> {
  const name = (key: string | null) => (key ? (reading.names[key] ?? key) : null);
  switch (guess.kind) {
    case "COUNTRY":
    case "PERSON":
    case "ORGANIZATION":
      return { kind: guess.kind.toLowerCase(), name: guess.name };
    case "EVENT":
      return { kind: "event", type: guess.type, start: guess.start, end: guess.end };
    case "MEMBERSHIP":
      return { kind: "membership", country: name(guess.countryKey), organization: name(guess.organizationKey), status: guess.status, since: guess.since, until: guess.until };
    case "MISSION":
      return { kind: "mission", type: guess.type, sender: name(guess.senderKey), host: name(guess.hostKey), city: guess.city, opened: guess.opened };
    case "FACT":
      return { kind: "fact", value: guess.value, unit: guess.unit, country: name(guess.countryKey), year: guess.year == null ? null : String(guess.year) };
  }
}

function matches(e: Expected, g: Record<string, unknown>): boolean {
  if (e.kind !== g.kind) return false;
  const str = (k: string) => (g[k] == null ? null : String(g[k]));
  switch (e.kind) {
    case "country":
    case "person":
    case "organization":
      return same(e.name, str("name"));
    case "event":
      return e.type === g.type && e.start === str("start") && (e.end ?? null) === str("end");
    case "membership":
      return (
        same(e.country, str("country")) &&
        same(e.organization, str("organization")) &&
        e.status === g.status &&
        (!("since" in e) || e.since === g.since) &&
        (!("until" in e) || e.until === g.until)
      );
    case "mission":
      return e.type === g.type && same(e.sender, str("sender")) && same(e.host, str("host")) && same(e.city, str("city")) && (!("opened" in e) || e.opened === g.opened);
    case "fact":
      return (
        Number(e.value) === Number(g.value) &&
        (!e.unit || (str("unit") ?? "").toLowerCase().includes(e.unit.toLowerCase())) &&
        (!e.country || same(e.country, str("country"))) &&
        (!e.year || e.year === str("year"))
      );
    default:
      return false;
  }
}

export function score(sentence: CorpusSentence, reading: Reading): Score {
  const drafted = reading.guesses.map((g) => describe(g, reading));
  const free = [...drafted];
  const missed: Expected[] = [];
  for (const e of sentence.expect) {
    const i = free.findIndex((g) => matches(e, g));
    if (i < 0) missed.push(e);
    else free.splice(i, 1);
  }
  return { expected: sentence.expect.length, drafted: drafted.length, matched: sentence.expect.length - missed.length, missed, extra: free };
}
