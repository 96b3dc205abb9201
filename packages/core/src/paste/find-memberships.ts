import type { MembershipStatus } from "@atlas/db/enums";

import type { CountryMention } from "./find-countries.ts";
import type { FoundDate } from "./find-dates.ts";
import type { OrgMention } from "./find-organizations.ts";
import type { Span } from "./name-index.ts";
import type { SentenceParts } from "./sentence-parts.ts";

// Memberships: "joined X as an observer", "became a full member of X", "was granted observer
// status at X", "X admitted Y", "left X", "(Russia is a participating state)", and the lists of
// organisations a country belongs to ("AsDB, ASEAN (observer), ASEM, …").

export type MembershipMention = { countryKey: string; orgKey: string; status: MembershipStatus; since: FoundDate | null; until: FoundDate | null; span: Span };

const STATUSES: [RegExp, MembershipStatus][] = [
  [/\bassociate\s+members?\b/i, "ASSOCIATE_MEMBER"],
  [/\bformer\s+members?\b/i, "FORMER_MEMBER"],
  [/\bdialogue\s+partners?\b/i, "DIALOGUE_PARTNER"],
  [/\bparticipating\s+states?\b/i, "PARTICIPATING_STATE"],
  [/\bobservers?\b/i, "OBSERVER"],
  [/\bpartners?\b/i, "PARTNER"],
  [/\bmembers?\b/i, "MEMBER"],
];
const JOINS = /\b(join(?:ed|s)?|admitted|acceded|became|become|becomes|granted|has been|have been|is an?|are|was an?)\b/i;
const LEAVES = /\b(left|withdrew|withdrawn|quit|expelled)\b/i;

const statusIn = (s: string) => STATUSES.find(([re]) => re.test(s))?.[1] ?? null;

/** "AsDB, ASEAN (observer), ASEM, …": three or more organisations in a row, each maybe with its status. */
function listed(text: string, orgs: OrgMention[], member: string | undefined): MembershipMention[] {
  if (!member) return [];
  const out: MembershipMention[] = [];
  let run: { org: OrgMention; status: MembershipStatus; span: Span }[] = [];
  const close = () => {
    if (run.length >= 3) for (const r of run) out.push({ countryKey: member, orgKey: r.org.key, status: r.status, since: null, until: null, span: r.span });
    run = [];
  };
  for (const [i, org] of orgs.entries()) {
    const bracket = /^\s*\(([a-z ]+)\)/.exec(text.slice(org.span.end));
    const status = (bracket && statusIn(bracket[1]!)) || "MEMBER";
    const end = org.span.end + (bracket?.[0].length ?? 0);
    run.push({ org, status, span: { start: org.span.start, end } });
    const next = orgs[i + 1];
    if (!next || !/^\s*,\s*$/.test(text.slice(end, next.span.start))) close();
  }
  return out;
}

export function findMemberships(
  text: string,
  parts: SentenceParts,
  countries: CountryMention[],
  orgs: OrgMention[],
  dates: FoundDate[],
  focusKey: string | null,
): MembershipMention[] {
  const inClause = <T extends { span: Span }>(list: T[], c: Span) => list.filter((x) => x.span.start >= c.start && x.span.end <= c.end);
  const members = countries.filter((c) => !c.demonym);
  const found = listed(text, orgs, members.find((c) => c.key === focusKey)?.key ?? members[0]?.key);
  for (const clause of parts.clauses) {
    const words = text.slice(clause.start, clause.end);
    const leaves = LEAVES.test(words);
    const joins = JOINS.exec(words);
    if (!leaves && !joins) continue;
    if (/\bnot\b/.test(words) && !/\buntil\b/.test(words)) continue;
    // "X admitted Y" names the member after the verb; otherwise it is the subject, before it.
    const verbAt = clause.start + (joins?.index ?? LEAVES.exec(words)!.index);
    const after = text.slice(verbAt, clause.end);
    const status = leaves ? "FORMER_MEMBER" : (statusIn(after) ?? (/\b(join|admitted|acceded)/i.test(after) ? "MEMBER" : null));
    const admitted = /^admitted\b/i.test(after);
    const candidates = inClause(members, clause);
    const country = admitted ? candidates.find((c) => c.span.start > verbAt) : candidates.filter((c) => c.span.start < verbAt).at(-1);
    const clauseOrgs = inClause(orgs, clause);
    const org = admitted
      ? clauseOrgs.filter((o) => o.span.end <= verbAt).at(-1)
      : (clauseOrgs.find((o) => o.span.start > verbAt) ?? orgs.filter((o) => o.span.end <= clause.start).at(-1));
    if (!country || !org || !status) continue;
    const date = inClause(dates, clause)[0] ?? null;
    const mention: MembershipMention = {
      countryKey: country.key,
      orgKey: org.key,
      status,
      since: leaves ? null : date,
      until: leaves ? date : null,
      span: { start: Math.min(country.span.start, org.span.start), end: Math.max(country.span.end, org.span.end, date?.span.end ?? 0) },
    };
    const same = found.findIndex((f) => f.countryKey === mention.countryKey && f.orgKey === mention.orgKey);
    // A clause about one organisation says more than a list does (its date, its own status).
    if (same >= 0) found[same] = { ...mention, status: found[same]!.status === "MEMBER" ? mention.status : found[same]!.status };
    else found.push(mention);
  }
  return found;
}
