import nlp from "compromise";

import type { Span } from "./name-index.ts";

// The parts of a sentence the readers share: its clauses, and its verbs (compromise tags them),
// so that a date belongs to what was done then: "established diplomatic ties in 1973" is an
// event, "the Society, which disbanded in 1980" is not one the atlas records.

/** What happens at a moment: an event's verbs, and nouns that name one ("a state visit"). */
export const EVENT_VERB =
  /^(visit(?:ed|s|ing)?|tour(?:ed|ing)?|sign(?:ed|s|ing)?|establish(?:ed|es|ing)?|recogni[sz](?:ed|es|ing)?|met|meet(?:s|ing)?|held|hold(?:s|ing)?|led|lead(?:s|ing)?|negotiat(?:ed|es|ing)|conclud(?:ed|es|ing)|agreed|agree(?:s|ing)?|ratif(?:ied|ies|ying)|approv(?:ed|es|ing)|announc(?:ed|es|ing)|host(?:ed|s|ing)|paid|pay(?:s|ing)?|made|mak(?:es|ing)|sent|send(?:s|ing)?|went|deploy(?:ed|s|ing)?|attend(?:ed|s|ing)?|passed|launch(?:ed|es|ing)|declar(?:ed|es|ing)|condemn(?:ed|s|ing)?|suspend(?:ed|s|ing)?|travell?(?:ed|ing)|arriv(?:ed|es|ing)|receiv(?:ed|es|ing)|join(?:ed|s|ing)?|admitted|left|withdrew|opened)$/i;

export type Verb = Span & { text: string; event: boolean };

export type SentenceParts = { clauses: Span[]; verbs: Verb[]; clauseOf(at: number): Span; hasEventVerb(span?: Span): boolean };

const NOT_VERBS = /^(in|on|at|to|of|by|as|for|with|from)$/i;

/**
 * Clauses split where a sentence turns to another matter: ";", ", while", " since " before a
 * new subject, and a bracket holding a clause of its own ("(Russia is a participating state…)");
 * a bracketed word ("(observer)", "(Comecon)") stays in its clause.
 */
function clausesOf(text: string): Span[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(/;|,\s+(?:while|whereas|but)\s|\s+since\s+(?=\p{Lu})/gu)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    if (m[1]!.trim().split(/\s+/).length < 3) continue;
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted
    .slice(1)
    .map((end, i) => ({ start: sorted[i]!, end }))
    .filter((s) => /\p{L}/u.test(text.slice(s.start, s.end)));
}

export function sentenceParts(text: string): SentenceParts {
  const clauses = clausesOf(text);
  const verbs: Verb[] = (nlp(text).verbs().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[])
    .map((v) => {
      // compromise's verb phrase may carry adverbs ("successfully negotiated"): the last word decides.
      const words = v.text.trim().split(/\s+/);
      const last = words.at(-1)!.replace(/[^\p{L}]/gu, "");
      return {
        start: v.offset.start,
        end: v.offset.start + v.offset.length,
        text: last,
        event: EVENT_VERB.test(last) || (words.length > 1 && words.some((w) => EVENT_VERB.test(w))),
      };
    })
    .filter((v) => v.text.length > 2 && !NOT_VERBS.test(v.text));
  // Nouns that carry an event ("a state visit to", "an official visit") count as its verb.
  for (const m of text.matchAll(/\bvisits?\b|\bvisiting\b/g))
    if (!verbs.some((v) => v.start <= m.index && m.index < v.end)) verbs.push({ start: m.index, end: m.index + m[0].length, text: m[0], event: true });
  verbs.sort((a, b) => a.start - b.start);
  const clauseOf = (at: number) => clauses.find((c) => c.start <= at && at < c.end) ?? { start: 0, end: text.length };
  return {
    clauses,
    verbs,
    clauseOf,
    hasEventVerb: (span) => verbs.some((v) => v.event && (!span || (v.start >= span.start && v.end <= span.end))),
  };
}
