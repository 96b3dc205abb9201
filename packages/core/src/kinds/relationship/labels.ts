import type { RelationshipStatus } from "@atlas/db/enums";

export const RELATIONSHIP_STATUS_LABELS: Record<RelationshipStatus, string> = {
  ACTIVE: "Diplomatic relations",
  UNOFFICIAL: "Unofficial relations",
  HISTORICAL: "Historical (state no longer exists)",
  SUSPENDED: "Relations suspended",
};
