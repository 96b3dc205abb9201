import type { OrganizationKind } from "@atlas/db/enums";

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  INTERGOVERNMENTAL: "Intergovernmental organisation",
  UN_AGENCY: "United Nations body",
  INTERNATIONAL_COURT: "International court",
  FINANCIAL_INSTITUTION: "Financial institution",
  FORUM: "Forum or grouping",
  NON_GOVERNMENTAL: "Non-governmental organisation",
  OTHER: "Other",
};
