import type { MissionType } from "@atlas/db/enums";

export const MISSION_TYPE_LABELS: Record<MissionType, string> = {
  EMBASSY: "Embassy",
  CONSULATE_GENERAL: "Consulate general",
  CONSULATE: "Consulate",
  BRANCH_OFFICE: "Branch office",
  HONORARY_CONSULATE: "Honorary consulate",
  REPRESENTATIVE_OFFICE: "Representative office",
  PERMANENT_MISSION: "Permanent mission",
};
