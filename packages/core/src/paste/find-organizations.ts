import type { OrganizationKind } from "@atlas/db/enums";

import { slugify } from "../kinds/slugs.ts";
import { inside, NameIndex, normalizeName, tokenize, type Span } from "./name-index.ts";
import type { Dictionary } from "./sentence-dictionary.ts";

// Organisations by name or acronym: the atlas's own first ("AsDB", "Intelsat", "the UN"), then
// new ones read from how organisations are named: capitalised words ending in (or built around)
// a word such as Alliance, Bank, Union or Organisation — "International Solar Alliance",
// "Council for Mutual Economic Assistance (Comecon)".

export type OrgMention = { key: string; atlasId: string | null; name: string; acronym: string | null; kind: OrganizationKind; span: Span };

const HEADS =
  /^(Alliance|Organi[sz]ation|Union|Bank|Fund|Council|Forum|Community|Association|Agency|Court|Commission|Movement|Conference|Committee|Coalition|Partnership|Initiative|Institute|Programme|Program|Dialogue|Assembly|Secretariat|League|Meeting|Group|Parliament)$/;
const CONNECTORS = /^(of|for|and|on|in|the|de|la|des|du)$/;
const LEADING = /^(The|A|An|In|On|At|By|With|From|To|Both|Its|Their)$/;

function kindOf(name: string): OrganizationKind {
  if (/\b(Bank|Fund)\b/.test(name)) return "FINANCIAL_INSTITUTION";
  if (/\bCourt\b/.test(name)) return "INTERNATIONAL_COURT";
  if (/\b(Forum|Dialogue|Meeting|Conference)\b/.test(name)) return "FORUM";
  if (/^United Nations\b/.test(name)) return "UN_AGENCY";
  return "INTERGOVERNMENTAL";
}

/** Runs of capitalised words, joined only by spaces, hyphens or lower-case connectors. */
function capitalisedRuns(text: string): { words: { text: string; span: Span }[] }[] {
  const runs: { words: { text: string; span: Span }[] }[] = [];
  let run: { text: string; span: Span }[] = [];
  let last: Span | null = null;
  const close = () => {
    while (run.length && CONNECTORS.test(run.at(-1)!.text)) run.pop();
    if (run.length) runs.push({ words: run });
    run = [];
  };
  for (const t of tokenize(text)) {
    const joined = last && /^[\s\-–]+$/.test(text.slice(last.end, t.start));
    if (!joined) close();
    const capital = /^\p{Lu}/u.test(t.text);
    if (capital || (run.length && CONNECTORS.test(t.text))) run.push({ text: t.text, span: t });
    else close();
    last = t;
  }
  close();
  return runs;
}

export function findOrganizations(text: string, dict: Dictionary, blocked: Span[]): OrgMention[] {
  const index = new NameIndex<Dictionary["organizations"][number]>();
  for (const o of dict.organizations) for (const n of [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases]) index.add(n, o);
  const found: OrgMention[] = index.find(text, blocked).map(({ value: o, span }) => ({
    key: o.id,
    atlasId: o.id,
    name: o.name,
    acronym: o.acronym,
    kind: "INTERGOVERNMENTAL",
    span,
  }));
  const known = new Map(dict.organizations.map((o) => [normalizeName(o.name), o]));
  for (const { words } of capitalisedRuns(text)) {
    while (words.length && LEADING.test(words[0]!.text)) words.shift();
    if (words.length < 2) continue;
    const head = words.findIndex((w) => HEADS.test(w.text));
    if (head < 0) continue;
    const next = words[head + 1];
    if (next && !CONNECTORS.test(next.text) && !words.slice(head + 1).some((w) => HEADS.test(w.text))) continue;
    const span = { start: words[0]!.span.start, end: words.at(-1)!.span.end };
    if (inside(span, [...blocked, ...found.map((f) => f.span)])) continue;
    const name = text.slice(span.start, span.end);
    if (known.has(normalizeName(name))) continue;
    const acronym = /^\s*\(([\p{Lu}][\p{L}\p{N}-]{1,14})\)/u.exec(text.slice(span.end))?.[1] ?? null;
    found.push({ key: `org:${slugify(name)}`, atlasId: null, name, acronym, kind: kindOf(name), span });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
