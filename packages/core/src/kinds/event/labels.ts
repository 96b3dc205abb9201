import type { EventType } from "@atlas/db/enums";

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
