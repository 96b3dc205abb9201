import pg from "pg";
import PgBoss from "pg-boss";

import type { Db } from "@atlas/db";

import type { MailSettings } from "../env.ts";
import type { RevalidationSender } from "../revalidation/outbox.ts";
import { closeBoss } from "./install-job-queues.ts";
import { JOB_HANDLERS, type JobContext } from "./job-handlers.ts";
import { WAKE_CHANNEL, type JobName } from "./job-queues.ts";

export type JobWorker = { stop(): Promise<void> };

/**
 * Works the job queues until stopped: each queue with `concurrency` loops, woken at once by the
 * senders' notifications (and polling every few seconds besides). Jobs of a worker that died
 * (killed mid-job) expire after their queue's time limit and are retried.
 */
export async function startJobWorker({
  url,
  db,
  send,
  mail = null,
  concurrency = 2,
  log = console,
}: {
  url: string;
  db: Db;
  send?: RevalidationSender;
  mail?: MailSettings | null;
  concurrency?: number;
  log?: Pick<Console, "error">;
}): Promise<JobWorker> {
  const ctx: JobContext = { db, mail, ...(send ? { send } : {}) };
  const boss = new PgBoss({ connectionString: url, max: concurrency * 2 + 2, schedule: false, maintenanceIntervalSeconds: 10 });
  boss.on("error", (error) => log.error("Job queue:", error));
  let started = false;
  try {
    await boss.start();
    started = true;
  } catch (error) {
    await closeBoss(boss, started);
    throw error;
  }
  const workers: string[] = [];
  for (const name of Object.keys(JOB_HANDLERS) as JobName[]) {
    const handle = JOB_HANDLERS[name] as (ctx: JobContext, data: unknown) => Promise<unknown>;
    // A scheduled job is due at a time, not at a commit (nothing wakes its worker): look often.
    const pollingIntervalSeconds = name === "schedule.run" ? 0.5 : 5;
    for (let i = 0; i < concurrency; i++) {
      let id = "";
      id = await boss.work(name, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
        await handle(ctx, job!.data);
        // pg-boss waits out its polling interval after each job; where there was one there may
        // be more (a rename queues a hundred batches): look again at once.
        boss.notifyWorker(id);
      });
      workers.push(id);
    }
  }
  const listener = new pg.Client({ connectionString: url });
  listener.on("error", (error) => log.error("Job queue listener:", error));
  listener.on("notification", () => workers.forEach((id) => boss.notifyWorker(id)));
  await listener.connect();
  await listener.query(`LISTEN ${WAKE_CHANNEL}`);
  // Maintenance fails expired jobs only once per interval across workers; a killed worker's job
  // should come back sooner.
  const expiry = setInterval(() => void boss.expire().catch((error: unknown) => log.error("Job queue expiry:", error)), 2000);
  return {
    async stop() {
      clearInterval(expiry);
      await listener.end().catch(() => undefined);
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
