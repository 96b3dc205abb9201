import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, can, EDITABLE_STATES } from "../auth/permissions.ts";
import { listJobProblems } from "../jobs/list-failed-jobs.ts";
import { REVISION_STATE_SELECT, revisionState, type StateSource } from "../review/revision-state.ts";
import { accountsUnderAttack } from "../users/authenticate.ts";

/** What a signed-in person should see first: their work, and for admins the review backlog. */
export async function getDashboard({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "dashboard.read");
  const select = {
    id: true,
    kind: true,
    label: true,
    updatedAt: true,
    submittedAt: true,
    reviewedAt: true,
    reviewComment: true,
    baseVersion: true,
    ...REVISION_STATE_SELECT,
    entry: { select: { id: true, ...REVISION_STATE_SELECT.entry.select } },
    reviewer: { select: { name: true } },
  } as const;
  // Each with where it stands now: a submission published and since taken down says so.
  const withState = <R extends StateSource>(rows: R[]) => rows.map((r) => ({ ...r, state: revisionState(r) }));
  const [drafts, submissions] = await Promise.all([
    db.revision.findMany({ where: { authorId: actor.id, status: { in: [...EDITABLE_STATES] } }, orderBy: { updatedAt: "desc" }, take: 50, select }).then(withState),
    db.revision
      .findMany({ where: { authorId: actor.id, status: { in: ["SUBMITTED", "SCHEDULED", "PUBLISHED", "REJECTED"] } }, orderBy: { updatedAt: "desc" }, take: 30, select })
      .then(withState),
  ]);
  if (!can(actor, "review.read")) return { drafts, submissions, admin: null };
  const [queueSize, oldest, failedRevalidations, pendingRevalidations, jobs, signInAlerts] = await Promise.all([
    // The queue counts pieces of work (change sets), as it lists them.
    db.revision.groupBy({ by: ["changeSetId"], where: { status: "SUBMITTED" } }).then((sets) => sets.length),
    db.revision.findFirst({
      where: { status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: { id: true, changeSetId: true, label: true, submittedAt: true, author: { select: { name: true } } },
    }),
    db.revalidationJob.findMany({ where: { status: "FAILED" }, orderBy: { createdAt: "desc" }, take: 20 }),
    db.revalidationJob.count({ where: { status: "PENDING" } }),
    listJobProblems({ db, actor }),
    accountsUnderAttack(db),
  ]);
  return { drafts, submissions, admin: { queueSize, oldest, failedRevalidations, pendingRevalidations, failedJobs: jobs.failed, pendingJobs: jobs.pending, signInAlerts } };
}
