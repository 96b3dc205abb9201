import nlp from "compromise";

import { slugify } from "../kinds/slugs.ts";
import { inside, NameIndex, type Span } from "./name-index.ts";
import type { Dictionary } from "./sentence-dictionary.ts";

// People with or without a title: the atlas's own people by any of their names; new people
// named after a title ("German Chancellor Angela Merkel"), found by compromise's lexicon of
// given names ("Emmanuel Macron"), or named as the one who acts ("Xi Jinping paid a visit").

export type PersonMention = {
  key: string;
  atlasId: string | null;
  name: string;
  /** As written: "Indian Prime Minister", "French president" → "French President". */
  role: string;
  /** Where the role's adjective or country word sits ("Indian"), to tie the person to a country. */
  roleCountrySpan: Span | null;
  countryId: string | null;
  span: Span;
};

const TITLE_WORDS = [
  "Vice President",
  "Deputy Prime Minister",
  "Prime Minister",
  "Foreign Minister",
  "Secretary of State",
  "Secretary-General",
  "Secretary General",
  "Foreign Secretary",
  "President",
  "Premier",
  "Chancellor",
  "King",
  "Queen",
  "Emperor",
  "Crown Prince",
  "Ambassador",
  "Speaker",
  "Chairman",
  "Senator",
  "Governor",
  "Mayor",
  "Envoy",
];
// Either case for a title's words ("Bulgarian president"); "Agriculture Secretary", "Minister of Defence".
const TITLES = [
  ...TITLE_WORDS.map((t) => t.replace(/\b([A-Z])/g, (c) => `[${c}${c.toLowerCase()}]`)),
  "[Mm]inister of \\p{Lu}\\p{Ll}+(?: [Aa]ffairs)?",
  "\\p{Lu}\\p{Ll}+ (?:[Ss]ecretary|[Mm]inister)",
].join("|");
const TITLE_RE = new RegExp(`(?:(\\p{Lu}[\\p{L}.]*)\\s+)?\\b(${TITLES})\\s+`, "gu");
const NAME = /^((?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)/u;
const ACTS =
  /^\s+(?:visited|paid|made|met|signed|became|led|said|announced|held|travelled|traveled|toured|attended|received|hosted|addressed|opened|spoke|arrived|called|was|is|has)\b/;
const NOT_A_NAME =
  /^(The|In|On|At|Both|Since|Despite|Though|Relations|One|Some|About|Its|Their|His|Her|This|That|These|Those|During|After|Before|When|While|From|Between|Mongolia)$/;

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** "became the first French president to visit" → "French President". */
function roleAfter(text: string, end: number): { role: string; span: Span } | null {
  const m = new RegExp(`^,?\\s+(?:became|was|is|,)\\s+the\\s+(?:first\\s+|\\w+th\\s+|second\\s+|third\\s+)?(\\p{Lu}[\\p{L}.]*\\s+)?(${TITLES})\\b`, "u").exec(text.slice(end));
  if (!m) return null;
  const adjectiveAt = m[1] ? end + m.index + m[0].indexOf(m[1]) : -1;
  return { role: titleCase(`${m[1] ?? ""}${m[2]}`), span: adjectiveAt >= 0 ? { start: adjectiveAt, end: adjectiveAt + m[1]!.trim().length } : { start: end, end } };
}

export function findPeople(text: string, dict: Dictionary, blocked: Span[]): PersonMention[] {
  const index = new NameIndex<Dictionary["people"][number]>();
  for (const p of dict.people) for (const n of [p.name, ...p.aliases]) index.add(n, p);
  const found: PersonMention[] = [];
  const taken = () => [...blocked, ...found.map((f) => f.span)];
  const titled = new Map<number, { role: string; roleCountrySpan: Span | null }>();
  for (const m of text.matchAll(TITLE_RE)) {
    const afterTitle = m.index + m[0].length;
    const adjective = m[1] && !/^(The|A|An|In|On|By|With)$/.test(m[1]) ? m[1] : null;
    const role = `${adjective ? `${adjective} ` : ""}${titleCase(m[2]!)}`;
    titled.set(afterTitle, { role, roleCountrySpan: adjective ? { start: m.index, end: m.index + adjective.length } : null });
  }

  const used = new Set<number>();
  for (const { value: p, span } of index.find(text, blocked)) {
    const title = titled.get(span.start);
    if (title) used.add(span.start);
    found.push({ key: p.id, atlasId: p.id, name: p.name, role: title?.role ?? "", roleCountrySpan: title?.roleCountrySpan ?? null, countryId: p.countryId, span });
  }
  const add = (start: number, name: string, role: string, roleCountrySpan: Span | null) => {
    const span = { start, end: start + name.length };
    if (inside(span, taken()) || NOT_A_NAME.test(name.split(/\s+/)[0]!)) return false;
    const after = roleAfter(text, span.end);
    found.push({
      key: `person:${slugify(name)}`,
      atlasId: null,
      name,
      role: role || after?.role || "",
      roleCountrySpan: roleCountrySpan ?? (after && after.span.end > after.span.start ? after.span : null),
      countryId: null,
      span,
    });
    return true;
  };
  for (const [at, title] of titled) {
    const name = NAME.exec(text.slice(at))?.[1];
    if (name && add(at, name.replace(/\.$/, ""), title.role, title.roleCountrySpan)) used.add(at);
  }
  const doc = nlp(text);
  for (const person of doc.people().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
    const written = text.slice(person.offset.start, person.offset.start + person.offset.length);
    const name = /((?:\p{Lu}[\p{L}\p{M}'’-]+\s+)+\p{Lu}[\p{L}\p{M}'’-]+)\.?$/u.exec(written);
    if (name) add(person.offset.start + name.index, name[1]!, "", null);
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?=\s)/gu)) {
    if (ACTS.test(text.slice(m.index + m[0].length))) add(m.index, m[1]!, "", null);
  }
  // A title named apart from anyone ("the first visit by a sitting U.S. Vice President") is the role of the first person without one.
  const loose = [...titled].filter(([at]) => !used.has(at) && !found.some((f) => f.span.start === at));
  found.sort((a, b) => a.span.start - b.span.start);
  const first = found.find((f) => !f.role);
  if (first && loose[0]) Object.assign(first, loose[0][1]);
  return found;
}
