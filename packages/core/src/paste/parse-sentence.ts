import type { EventType } from "@atlas/db/enums";

import { slugFor } from "../kinds/slugs.ts";

// Turns a sourced sentence into a prefilled event draft. Rule-based: names come from the
// database, dates from patterns, the type from keywords. The editor checks and saves it.

export type Named = { id: string; name: string; aliases: string[] };
export type Dictionary = {
  countries: Named[];
  people: (Named & { countryId: string | null })[];
  organizations: Named[];
  sourcesByMarker: Map<string, { id: string; label: string }>;
};

export type PastedDraft = {
  payload: {
    title: string;
    slug: string;
    description: string;
    type: EventType;
    start: string;
    countryIds: string[];
    placeCountryId: string | null;
    participants: { personId: string; role: string; countryId: string | null }[];
    organizationIds: string[];
    citations: { sourceId: string; excerptId: null; locator: null }[];
  };
  /** What the editor should check or complete. */
  notes: string[];
};

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(${MONTHS.join("|")})`;
const YEAR = "(1[0-9]{3}|20[0-9]{2}|2100)";
const SEASONS: Record<string, string> = { spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn", winter: "winter" };

const mm = (month: string) => String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, "0");

/** The first date in the text, as precisely as it is written. */
export function findDate(text: string): { value: string; phrase: string } | null {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [new RegExp(`\\b(\\d{1,2}) ${MONTH},? ${YEAR}\\b`, "i"), (m) => `${m[3]}-${mm(m[2]!)}-${m[1]!.padStart(2, "0")}`],
    [new RegExp(`\\b${MONTH} (\\d{1,2}),? ${YEAR}\\b`, "i"), (m) => `${m[3]}-${mm(m[1]!)}-${m[2]!.padStart(2, "0")}`],
    [new RegExp(`\\b(?:the )?(spring|summer|autumn|fall|winter) (?:of )?${YEAR}\\b`, "i"), (m) => `${m[2]}-${SEASONS[m[1]!.toLowerCase()]}`],
    [new RegExp(`\\b${MONTH} (?:of )?${YEAR}\\b`, "i"), (m) => `${m[2]}-${mm(m[1]!)}`],
    [new RegExp(`\\bthe (1[0-9]{2}0|20[0-9]0)s\\b`, "i"), (m) => `${m[1]}s`],
    [new RegExp(`\\b${YEAR}\\b`), (m) => m[1]!],
  ];
  let best: { value: string; phrase: string; index: number } | null = null;
  for (const [re, make] of rules) {
    const m = re.exec(text);
    // The earliest match wins; at the same place, the more precise rule (listed first) wins.
    if (m && (!best || m.index < best.index)) best = { value: make(m), phrase: m[0], index: m.index };
  }
  return best && { value: best.value, phrase: best.phrase };
}

const TYPE_RULES: [RegExp, EventType][] = [
  [/\bdiplomatic (ties|relations)\b/i, "DIPLOMATIC_RELATIONS"],
  [/\bdelegation\b/i, "DELEGATION"],
  [/\b(visit(s|ed|ing)?|toured|tour)\b/i, "VISIT"],
  [/\b(memorandum|agreement|treaty|accord|signed|declaration of)\b/i, "AGREEMENT"],
  [/\brecogni[sz](e|ed|es|ing|tion)\b/i, "RECOGNITION"],
  [/\b(join(ed|s)?|admitted|membership|accession)\b/i, "MEMBERSHIP_CHANGE"],
  [/\b(refugees?|migrants?|labou?rers|migration)\b/i, "MIGRATION"],
  [/\b(trade|export|import|investment|port)\b/i, "TRADE_INVESTMENT"],
  [/\b(aid|donor|grant|loan|assistance)\b/i, "AID"],
  [/\b(training|trainings|cooperation|co-operation|exercise)\b/i, "COOPERATION"],
  [/\b(statement|announce(d|ment)|declared|condemn(ed)?)\b/i, "STATEMENT"],
  [/\b(warrant|court|ruling|sanction)\b/i, "LEGAL"],
];

export function guessType(text: string): EventType {
  return TYPE_RULES.find(([re]) => re.test(text))?.[1] ?? "OTHER";
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a name (or alias, or a demonym like "Bulgarian" for Bulgaria) occurs in the text. */
function findNamed<T extends Named>(text: string, items: T[], demonyms: boolean): { item: T; index: number; match: string }[] {
  const found: { item: T; index: number; match: string }[] = [];
  for (const item of items) {
    const names = [item.name, ...item.aliases].filter((n) => n.length >= 2);
    const patterns = names.map((n) => (/^[A-Z.-]+$/.test(n) ? new RegExp(`(?<![\\w.])${escape(n)}(?![\\w])`) : new RegExp(`(?<![\\w])${escape(n)}(?![\\w])`, "i")));
    // "Bulgarian", "Mongolian", "Japanese", "Chinese": the name without its last vowel, then letters.
    if (demonyms && item.name.length >= 5 && /^[A-Z]/.test(item.name)) patterns.push(new RegExp(`\\b${escape(item.name.replace(/[aeiouy]$/i, ""))}(an|ian|n|ese|i)\\b`));
    let best: RegExpExecArray | null = null;
    for (const re of patterns) {
      const m = re.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (best) found.push({ item, index: best.index, match: best[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

const TITLE_WORD =
  /^(President|Vice|Prime|Minister|Secretary|Chancellor|King|Queen|Premier|Ambassador|Foreign|Agriculture|Defence|Defense|State|Chairman|Leader|Emperor|General|Senator|Governor|Mayor|Envoy)$/i;

/** "Mongolian President Tsakhiagiin Elbegdorj" → "Mongolian President". */
function titleBefore(text: string, index: number): string | null {
  const words = text.slice(0, index).trim().split(/\s+/).slice(-4);
  const picked: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/[,;:]$/, "");
    if (w !== words[i]) break;
    if (TITLE_WORD.test(w) || (picked.length && /^[A-Z][\w.]*$/.test(w))) picked.unshift(w);
    else break;
  }
  if (!picked.length || !picked.some((w) => TITLE_WORD.test(w))) return null;
  return picked.map((w) => (TITLE_WORD.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w)).join(" ");
}

/** A title phrase anywhere ("by a sitting U.S. Vice President"). */
function titleAnywhere(text: string): string | null {
  const m = /\b((?:[A-Z][\w.]*\s){0,2}(?:Vice President|Prime Minister|Foreign Minister|Secretary of State|President|Premier|Chancellor))\b/.exec(text);
  return m ? m[1]!.trim() : null;
}

function makeTitle(text: string, datePhrase: string | null): string {
  let t = text;
  if (datePhrase) t = t.replace(new RegExp(`^\\s*(in|on|during)?\\s*(the\\s+)?${escape(datePhrase)}\\s*,?\\s*`, "i"), "");
  t = t.replace(/\s*\.$/, "");
  const clause = t.split(/[,;:]\s/)[0]!;
  if (clause.length >= 25) t = clause;
  if (t.length > 120) t = `${t.slice(0, 117).replace(/\s+\S*$/, "")}…`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function parseSentence(raw: string, dict: Dictionary): PastedDraft {
  const notes: string[] = [];
  const markers = [...raw.matchAll(/\[(\d{1,4})\]/g)].map((m) => m[1]!);
  const text = raw
    .replace(/\s*\[\d{1,4}\]\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();

  const date = findDate(text);
  if (!date) notes.push("No date found: enter when it happened, as precisely as the source allows.");

  const countries = findNamed(text, dict.countries, true);
  const people = findNamed(text, dict.people, false);
  const organizations = findNamed(text, dict.organizations, false);
  const type = guessType(text);

  const looseTitle = titleAnywhere(text);
  let looseUsed = false;
  const participants = people.map(({ item, index }) => {
    let role = titleBefore(text, index);
    if (!role && looseTitle && !looseUsed) {
      role = looseTitle;
      looseUsed = true;
    }
    if (!role) notes.push(`Give ${item.name}'s role at the time.`);
    return { personId: item.id, role: role ?? "", countryId: item.countryId };
  });

  const countryIds = [...new Set([...countries.map((c) => c.item.id), ...participants.flatMap((p) => (p.countryId ? [p.countryId] : []))])];
  if (!countryIds.length) notes.push("No country recognised: choose the countries involved.");
  let placeCountryId: string | null = null;
  if (type === "VISIT" || type === "DELEGATION") {
    const visited = countries.find(({ index }) => /\b(visit(ed|s)?|to|toured|in)\s+(the\s+)?$/i.test(text.slice(Math.max(0, index - 20), index)));
    placeCountryId = visited?.item.id ?? null;
  }

  const citations: PastedDraft["payload"]["citations"] = [];
  for (const marker of markers) {
    const source = dict.sourcesByMarker.get(marker);
    if (source) citations.push({ sourceId: source.id, excerptId: null, locator: null });
    else notes.push(`No source has reference number [${marker}] yet: add it, or choose the source.`);
  }
  if (!markers.length) notes.push("The sentence has no citation marker: choose its source.");

  const title = makeTitle(text, date?.phrase ?? null);
  return {
    payload: {
      title,
      slug: slugFor("EVENT", { title, start: date?.value ?? "" }),
      description: text,
      type,
      start: date?.value ?? "",
      countryIds,
      placeCountryId,
      participants,
      organizationIds: organizations.map((o) => o.item.id),
      citations,
    },
    notes,
  };
}
