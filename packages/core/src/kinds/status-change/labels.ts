import type { RelationshipStage } from "@atlas/db/enums";

/** A step of relations as a reader reads it on the country page's dated line. */
export const RELATIONSHIP_STAGE_LABELS: Record<RelationshipStage, string> = {
  ESTABLISHED: "Diplomatic relations established",
  SUSPENDED: "Relations suspended",
  RESTORED: "Relations restored",
  STRATEGIC_PARTNERSHIP: "Strategic partnership",
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP: "Comprehensive strategic partnership",
};
