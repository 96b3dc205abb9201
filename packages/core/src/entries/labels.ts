import type { Certainty, EventType, OrganizationKind, PolityKind, RelationshipStatus } from "@atlas/db/enums";

export { MEMBERSHIP_STATUS_LABELS } from "./kinds/membership.ts";
export { MISSION_TYPE_LABELS } from "./kinds/mission.ts";

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  DIPLOMATIC_RELATIONS: "Diplomatic relations",
  VISIT: "State or official visit",
  DELEGATION: "Delegation",
  AGREEMENT: "Agreement or treaty",
  RECOGNITION: "Recognition",
  MEMBERSHIP_CHANGE: "Membership change",
  COOPERATION: "Cooperation or training",
  TRADE_INVESTMENT: "Trade and investment",
  AID: "Aid and development",
  MIGRATION: "Migration",
  STATEMENT: "Statement or declaration",
  LEGAL: "Legal or judicial",
  CONFLICT: "Conflict or dispute",
  OTHER: "Other",
};

export const RELATIONSHIP_STATUS_LABELS: Record<RelationshipStatus, string> = {
  ACTIVE: "Diplomatic relations",
  UNOFFICIAL: "Unofficial relations",
  HISTORICAL: "Historical (state no longer exists)",
  SUSPENDED: "Relations suspended",
};

export const POLITY_KIND_LABELS: Record<PolityKind, string> = {
  STATE: "Sovereign state",
  PARTIALLY_RECOGNIZED_STATE: "State with limited recognition",
  HISTORICAL_STATE: "Historical state",
  TERRITORY: "Territory",
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  INTERGOVERNMENTAL: "Intergovernmental organisation",
  UN_AGENCY: "United Nations body",
  INTERNATIONAL_COURT: "International court",
  FINANCIAL_INSTITUTION: "Financial institution",
  FORUM: "Forum or grouping",
  NON_GOVERNMENTAL: "Non-governmental organisation",
  OTHER: "Other",
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  STATED: "Stated",
  ESTIMATE: "Estimate",
  CLAIM: "Claim",
};

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
