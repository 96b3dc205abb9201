import type { MembershipStatus } from "@atlas/db/enums";

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  MEMBER: "member",
  OBSERVER: "observer",
  PARTNER: "partner",
  PARTICIPATING_STATE: "participating state",
  ASSOCIATE_MEMBER: "associate member",
  DIALOGUE_PARTNER: "dialogue partner",
  FORMER_MEMBER: "former member",
};
