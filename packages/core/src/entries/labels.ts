import type { Certainty } from "@atlas/db/enums";

// The label maps live with their kinds (kinds/<kind>/labels.ts); this is where the public pages
// and forms find them, with the one label that is about statements in general.
export {
  CERTAINTY_LABELS,
  EVENT_TYPE_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  MISSION_TYPE_LABELS,
  ORGANIZATION_KIND_LABELS,
  POLITY_KIND_LABELS,
  RELATIONSHIP_STAGE_LABELS,
  RELATIONSHIP_STATUS_LABELS,
  SOURCE_KIND_LABELS,
} from "../kinds/index.ts";

export type Qualifiers = { official: boolean; certainty: Certainty; attribution: string | null };

/** How a reader is told a statement is qualified: "by one scholar's estimate", "unofficial". */
export function qualifierNote(q: Qualifiers): string | null {
  const parts: string[] = [];
  const who = q.attribution ? q.attribution.replace(/^one /i, "one ").trim() : null;
  if (q.certainty === "ESTIMATE") parts.push(who ? `estimate by ${lowerFirst(who)}` : "estimate");
  else if (q.certainty === "CLAIM") parts.push(who ? `claim by ${lowerFirst(who)}` : "unverified claim");
  else if (who) parts.push(`according to ${lowerFirst(who)}`);
  if (!q.official) parts.push("unofficial");
  return parts.length ? parts.join("; ") : null;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) && !/^[A-Z][a-z]+ [A-Z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
