import type { RevisionState, RevisionStateKey } from "@atlas/core";
import { Badge, type BadgeTone } from "@atlas/ui";

const TONE: Record<RevisionStateKey, BadgeTone> = {
  draft: "neutral",
  waiting: "blue",
  changes: "amber",
  rejected: "red",
  discarded: "neutral",
  scheduled: "blue",
  published: "green",
  "comes-down": "amber",
  replaced: "neutral",
  "taken-down": "amber",
  deleted: "red",
};

/** Where a revision stands now, as core words it (a published one since taken down says so). */
export function RevisionStatusBadge({ state }: { state: RevisionState }) {
  return <Badge tone={TONE[state.key]}>{state.label}</Badge>;
}
