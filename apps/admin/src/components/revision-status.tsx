import { Badge, type BadgeTone } from "@atlas/ui";

const LOOK: Record<string, [BadgeTone, string]> = {
  DRAFT: ["neutral", "Draft"],
  SUBMITTED: ["blue", "Waiting for review"],
  CHANGES_REQUESTED: ["amber", "Changes requested"],
  REJECTED: ["red", "Rejected"],
  SCHEDULED: ["blue", "Scheduled"],
  PUBLISHED: ["green", "Published"],
  WITHDRAWN: ["neutral", "Discarded"],
};

export function RevisionStatusBadge({ status }: { status: string }) {
  const [tone, label] = LOOK[status] ?? ["neutral", status];
  return <Badge tone={tone}>{label}</Badge>;
}
