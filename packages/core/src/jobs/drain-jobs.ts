import PgBoss from "pg-boss";

import type { Db } from "@atlas/db";

import { closeBoss } from "./install-job-queues.ts";
import { JOB_HANDLERS, type JobContext } from "./job-handlers.ts";
import type { JobName } from "./job-queues.ts";

/**
 * Runs every job that is due, and those they queue, until none is left: what the worker does,
 * in the caller's process and time (tests, one-off commands). Returns how many ran.
 */
export async function drainJobs({ url, db, send, mail = null }: { url: string; db: Db } & Partial<Omit<JobContext, "db">>): Promise<{ done: number; failed: number }> {
  const ctx: JobContext = { db, mail, ...(send ? { send } : {}) };
  const boss = new PgBoss({ connectionString: url, max: 2, supervise: false, schedule: false, migrate: false });
  boss.on("error", () => undefined); // each failure is recorded on its job
  let started = false;
  const result = { done: 0, failed: 0 };
  try {
    await boss.start();
    started = true;
    for (let found = true; found;) {
      found = false;
      for (const name of Object.keys(JOB_HANDLERS) as JobName[]) {
        for (const job of await boss.fetch<unknown>(name, { batchSize: 20 })) {
          found = true;
          try {
            await (JOB_HANDLERS[name] as (ctx: JobContext, data: unknown) => Promise<unknown>)(ctx, job.data);
            await boss.complete(name, job.id);
            result.done++;
          } catch (error) {
            await boss.fail(name, job.id, { message: (error as Error).message });
            result.failed++;
          }
        }
      }
    }
  } finally {
    await closeBoss(boss, started);
  }
  return result;
}
