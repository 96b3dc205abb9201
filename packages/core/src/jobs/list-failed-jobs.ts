import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { JOB_TITLES, type JobName } from "./job-queues.ts";

export type FailedJob = { id: string; name: JobName; title: string; error: string; failedAt: Date; attempts: number; archived: boolean };

/**
 * Jobs that ran out of retries (this week's), newest first, and how many are still to run: what
 * admins see on the dashboard.
 */
export async function listJobProblems({ db, actor }: { db: Db; actor: Actor | null }): Promise<{ failed: FailedJob[]; pending: number }> {
  assertCan(actor, "jobs.manage");
  const [failed, pending] = await Promise.all([
    db.$queryRaw<{ id: string; name: JobName; error: string | null; failedAt: Date; attempts: number; archived: boolean }[]>`
      SELECT id::text, name, output->>'message' AS error, completed_on AS "failedAt", retry_count AS attempts, false AS archived FROM pgboss.job WHERE state = 'failed'
      UNION ALL
      SELECT id::text, name, output->>'message', completed_on, retry_count, true FROM pgboss.archive WHERE state = 'failed' AND completed_on > now() - interval '7 days'
      ORDER BY "failedAt" DESC LIMIT 20`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
  ]);
  return {
    failed: failed.map((j) => ({ ...j, title: JOB_TITLES[j.name] ?? j.name, error: j.error ?? "(no message)", attempts: Number(j.attempts) + 1 })),
    pending: Number(pending[0]?.n ?? 0),
  };
}
