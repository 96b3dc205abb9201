import pg from "pg";
import PgBoss from "pg-boss";

import type { Db } from "@atlas/db";

import { closeBoss } from "./install-job-queues.ts";
import { JOB_HANDLERS } from "./job-handlers.ts";
import { WAKE_CHANNEL, type JobName } from "./job-queues.ts";

export type JobWorker = { stop(): Promise<void> };

/**
 * Works the job queues until stopped: each queue with `concurrency` loops, woken at once by the
 * senders' notifications (and polling every few seconds besides). Jobs of a worker that died
 * (killed mid-job) expire after their queue's time limit and are retried.
 */
export async function startJobWorker({ url, db, concurrency = 2, log = console }: { url: string; db: Db; concurrency?: number; log?: Pick<Console, "error"> }): Promise<JobWorker> {
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
    const handle = JOB_HANDLERS[name] as (db: Db, data: unknown) => Promise<unknown>;
    for (let i = 0; i < concurrency; i++) {
      let id = "";
      id = await boss.work(name, { batchSize: 1, pollingIntervalSeconds: 5 }, async ([job]) => {
        await handle(db, job!.data);
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
