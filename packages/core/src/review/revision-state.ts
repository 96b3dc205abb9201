import type { RevisionAction, RevisionStatus } from "@atlas/db/enums";

import { utcTime } from "../change-sets/titles.ts";

// A revision's status says what was decided about it; what a person needs is what is true now.
// A published revision whose entry was taken down since (by a schedule, say) is no longer
// "Published": every list that shows a revision's state reads it from here.

export type RevisionStateKey = "draft" | "waiting" | "changes" | "rejected" | "discarded" | "scheduled" | "published" | "comes-down" | "replaced" | "taken-down" | "deleted";
export type RevisionState = { key: RevisionStateKey; label: string };

/** What a revision's state is read from: include REVISION_STATE_SELECT in the query. */
export type StateSource = {
  status: RevisionStatus;
  action: RevisionAction;
  publishedVersion: number | null;
  entry: { status: string; version: number; schedules: { runAt: Date }[] };
  changeSet: { publishAt: Date | null; schedules: { runAt: Date }[] };
};

/** Takedowns still to run, soonest first. */
export const PENDING_TAKEDOWN = { where: { status: "PENDING", action: "UNPUBLISH" }, select: { runAt: true }, orderBy: { runAt: "asc" } } as const;

/** The fields revisionState reads, for a Prisma select or include. */
export const REVISION_STATE_SELECT = {
  status: true,
  action: true,
  publishedVersion: true,
  entry: { select: { status: true, version: true, schedules: PENDING_TAKEDOWN } },
  changeSet: { select: { publishAt: true, schedules: PENDING_TAKEDOWN } },
} as const;

const SIMPLE: Partial<Record<RevisionStatus, RevisionState>> = {
  DRAFT: { key: "draft", label: "Draft" },
  SUBMITTED: { key: "waiting", label: "Waiting for review" },
  CHANGES_REQUESTED: { key: "changes", label: "Changes requested" },
  REJECTED: { key: "rejected", label: "Rejected" },
  WITHDRAWN: { key: "discarded", label: "Discarded" },
};

/** Where a revision stands now, in words: "Scheduled for 12 Dec 2026 09:00 UTC", "Taken down", "Replaced by version 3". */
export function revisionState(r: StateSource): RevisionState {
  const simple = SIMPLE[r.status];
  if (simple) return simple;
  if (r.status === "SCHEDULED") return { key: "scheduled", label: r.changeSet.publishAt ? `Scheduled for ${utcTime(r.changeSet.publishAt)}` : "Scheduled" };
  if (r.action !== "UPSERT") return r.action === "DELETE" ? { key: "deleted", label: "Deleted" } : { key: "taken-down", label: "Taken down" };
  const { entry } = r;
  if (entry.version !== r.publishedVersion) {
    if (entry.status === "UNPUBLISHED") return { key: "taken-down", label: "Taken down" };
    if (entry.status === "DELETED") return { key: "deleted", label: "Deleted" };
    return { key: "replaced", label: `Replaced by version ${entry.version}` };
  }
  const takedown = [...entry.schedules, ...r.changeSet.schedules].sort((a, b) => a.runAt.getTime() - b.runAt.getTime())[0];
  return takedown ? { key: "comes-down", label: `Published; comes down ${utcTime(takedown.runAt)}` } : { key: "published", label: "Published" };
}
