import type { FoundDate } from "./find-dates.ts";
import { inside, type Span } from "./name-index.ts";
import type { SentenceParts } from "./sentence-parts.ts";

// Figures: a share ("48% of Mongolian exports"), a rate ("500 refugees each month"), an amount
// ("US$2.1 billion") or a count of people ("About 20,000 Mongolians live in…"). An amount or a
// count in a sentence that tells of an event ("approved a US$100 million loan") belongs to the
// event, not to a figure of its own.

export type FactMention = {
  subject: string;
  value: string;
  unit: string;
  approximate: boolean;
  estimate: boolean;
  attribution: string | null;
  year: number | null;
  span: Span;
  dateSpan: Span | null;
};

const ABOUT = /\b(about|some|around|approximately|nearly|almost|roughly|an estimated|over|more than)\s+$/i;
const RATE = /\b(?:each|every|per|a)\s+(year|month|week|day)\b/i;
const SCALE = "thousand|million|billion|trillion";
const number = (s: string) => s.replace(/,(?=\d{3}\b)/g, "");
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function findFacts(text: string, parts: SentenceParts, dates: FoundDate[], blocked: Span[]): FactMention[] {
  const found: FactMention[] = [];
  const eventful = parts.hasEventVerb();
  const estimate = /\bestimat(?:ed|es|e)\b/i.exec(text);
  const attribution = estimate ? (/^([\p{Lu}][^,;]{2,60}?)\s+estimat/u.exec(text)?.[1] ?? null) : null;
  const single = dates.filter((d) => !d.end && !inside(d.span, blocked));
  const add = (m: RegExpMatchArray, value: string, unit: string, subject: string) => {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (inside(span, [...blocked, ...dates.map((d) => d.span)])) return;
    const date = dates.length === 1 ? single[0] : undefined;
    found.push({
      subject: capital(subject.trim()).slice(0, 300),
      value: number(value),
      unit,
      approximate: ABOUT.test(text.slice(0, m.index)) || !!estimate,
      estimate: !!estimate,
      attribution,
      year: date ? Number(date.start.slice(0, 4)) : null,
      span,
      dateSpan: date?.span ?? null,
    });
  };
  const clauseText = (at: number) => {
    const c = parts.clauseOf(at);
    return { before: text.slice(c.start, at), after: text.slice(at, c.end) };
  };

  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)(?:\s+of\s+([^,.;]+?))?(?=\s+(?:from|to|in|going|went)\b|[,.;]|$)/g)) {
    add(m, m[1]!, "%", m[2] ? `Share of ${m[2]}` : clauseText(m.index).before.replace(ABOUT, ""));
  }
  if (!eventful) {
    const money = new RegExp(`(?:US\\$|\\$|USD\\s?|€|₮|MNT\\s?)\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${SCALE})?`, "g");
    for (const m of text.matchAll(money)) {
      const subject = clauseText(m.index)
        .before.replace(ABOUT, "")
        .replace(/\s+(reached|totall?ed|amounted to|was|were|stood at|rose to|fell to)\s*$/i, "");
      add(m, m[1]!, `${m[2] ? `${m[2]} ` : ""}US$`, subject);
    }
  }
  for (const m of text.matchAll(/(?<![\d.,$])(\d{1,3}(?:,\d{3})+|\d+)\s+((?:\p{Lu}[\p{L}-]*\s+)*\p{L}+?s)\b/gu)) {
    if (found.some((f) => f.span.start <= m.index && m.index < f.span.end) || new RegExp(`^(${SCALE})`).test(m[2]!)) continue;
    const rest = clauseText(m.index + m[0].length).after;
    const rate = RATE.exec(rest) ?? RATE.exec(m[2]!);
    if (!rate && eventful) continue;
    const head = m[2]!.split(/\s+/).at(-1)!;
    const unit = rate ? `${head.toLowerCase()} per ${rate[1]!.toLowerCase()}` : /^\p{Lu}/u.test(head) ? "people" : head.toLowerCase();
    const subject = `${m[2]} ${rest.slice(0, rate?.index ?? rest.length)}`.replace(/\s+/g, " ").replace(/[.,;]\s*$/, "");
    add(m, m[1]!, unit, subject);
  }
  return found;
}
