import type { EventType } from "@atlas/db/enums";

import type { FoundDate } from "./find-dates.ts";
import { inside, type Span } from "./name-index.ts";
import type { SentenceParts, Verb } from "./sentence-parts.ts";

// Events: what was done at a date the sentence gives. A date belongs to the nearest verb before
// it in its clause (or, at the head of the clause, the first after it): "established diplomatic
// ties in 1973" is an event, "the Society, which disbanded in 1980" and "since 2001" are not.

export type EventMention = { type: EventType; start: FoundDate | null; clause: Span; span: Span; main: boolean };

const TYPE_RULES: [RegExp, EventType][] = [
  [/\bdiplomatic (ties|relations)\b/i, "DIPLOMATIC_RELATIONS"],
  [/\bdelegation\b/i, "DELEGATION"],
  [/\b(visit(s|ed|ing)?|toured|tour)\b/i, "VISIT"],
  [/\b(memorandum|agreements?|treaty|accord|signed|declaration of|agreed)\b/i, "AGREEMENT"],
  [/\brecogni[sz](e|ed|es|ing|tion)\b/i, "RECOGNITION"],
  [/\b(join(ed|s)?|admitted|membership|accession)\b/i, "MEMBERSHIP_CHANGE"],
  [/\b(refugees?|migrants?|labou?rers|workers|migration)\b/i, "MIGRATION"],
  [/\b(trade|export|import|investment|port)\b/i, "TRADE_INVESTMENT"],
  [/\b(aid|donor|grant|loan|assistance)\b/i, "AID"],
  [/\b(training|trainings|cooperation|co-operation|exercise)\b/i, "COOPERATION"],
  [/\b(statement|announce(d|ment)|declared|condemn(ed)?)\b/i, "STATEMENT"],
  [/\b(warrant|court|ruling|sanction)\b/i, "LEGAL"],
];

export function guessType(text: string): EventType {
  return TYPE_RULES.find(([re]) => re.test(text))?.[1] ?? "OTHER";
}

/** The verb a date belongs to, in its clause. */
function verbOf(text: string, date: FoundDate, verbs: Verb[], clause: Span): Verb | null {
  const mine = verbs.filter((v) => v.start >= clause.start && v.end <= clause.end && !inside(v, [date.span]));
  const after = mine.find((v) => v.start >= date.span.end) ?? null;
  // "Relations date back to 1948, when Mongolia recognised…": the date is the when-clause's.
  if (after && /^\s*,?\s*when\b/.test(text.slice(date.span.end))) return after;
  return mine.filter((v) => v.end <= date.span.start).at(-1) ?? after;
}

/**
 * One event for each event verb that a free date belongs to; with no usable date, one undated
 * event when the sentence still tells of one (its date was unreadable, or not given) and says
 * nothing else the atlas records.
 */
export function findEvents(text: string, parts: SentenceParts, dates: FoundDate[], saysOtherThings: boolean): EventMention[] {
  const events: EventMention[] = [];
  const used = new Set<Verb>();
  for (const date of dates) {
    if (date.cue === "since") continue;
    const clause = parts.clauseOf(date.span.start);
    const verb = verbOf(text, date, parts.verbs, clause);
    if (!verb?.event || used.has(verb)) continue;
    used.add(verb);
    const words = text.slice(clause.start, clause.end);
    events.push({ type: guessType(words), start: date, clause, span: { start: Math.min(verb.start, date.span.start), end: Math.max(verb.end, date.span.end) }, main: false });
  }
  if (!events.length && !saysOtherThings && parts.hasEventVerb()) {
    const verb = parts.verbs.find((v) => v.event)!;
    events.push({ type: guessType(text), start: null, clause: { start: 0, end: text.length }, span: verb, main: true });
  }
  // The first event is the sentence's own: it gets the sentence's countries and its title.
  if (events[0]) events[0] = { ...events[0], main: true, type: events.length === 1 ? guessType(text) : events[0].type };
  return events;
}
