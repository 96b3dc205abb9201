import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, can, EDITABLE_STATES } from "../auth/permissions.ts";
import { listJobProblems } from "../jobs/list-failed-jobs.ts";
import { accountsUnderAttack } from "../users/authenticate.ts";

/** What a signed-in person should see first: their work, and for admins the review backlog. */
export async function getDashboard({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "dashboard.read");
  const select = {
    id: true,
    kind: true,
    action: true,
    label: true,
    status: true,
    updatedAt: true,
    submittedAt: true,
    reviewedAt: true,
    reviewComment: true,
    baseVersion: true,
    entry: { select: { id: true, version: true } },
    reviewer: { select: { name: true } },
  } as const;
  const [drafts, submissions] = await Promise.all([
    db.revision.findMany({ where: { authorId: actor.id, status: { in: [...EDITABLE_STATES] } }, orderBy: { updatedAt: "desc" }, take: 50, select }),
    db.revision.findMany({ where: { authorId: actor.id, status: { in: ["SUBMITTED", "PUBLISHED", "REJECTED"] } }, orderBy: { updatedAt: "desc" }, take: 30, select }),
  ]);
  if (!can(actor, "review.read")) return { drafts, submissions, admin: null };
  const [queueSize, oldest, failedRevalidations, pendingRevalidations, jobs, signInAlerts] = await Promise.all([
    db.revision.count({ where: { status: "SUBMITTED" } }),
    db.revision.findFirst({
      where: { status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: { id: true, label: true, submittedAt: true, author: { select: { name: true } } },
    }),
    db.revalidationJob.findMany({ where: { status: "FAILED" }, orderBy: { createdAt: "desc" }, take: 20 }),
    db.revalidationJob.count({ where: { status: "PENDING" } }),
    listJobProblems({ db, actor }),
    accountsUnderAttack(db),
  ]);
  return { drafts, submissions, admin: { queueSize, oldest, failedRevalidations, pendingRevalidations, failedJobs: jobs.failed, pendingJobs: jobs.pending, signInAlerts } };
}
