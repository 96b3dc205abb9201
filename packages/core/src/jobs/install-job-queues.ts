import PgBoss from "pg-boss";

import { JOB_QUEUES } from "./job-queues.ts";

/** Closes a pg-boss instance whether or not it started (a failed start leaves its pool open). */
export async function closeBoss(boss: PgBoss, started: boolean): Promise<void> {
  if (started) await boss.stop({ graceful: false, wait: true });
  else await (boss.getDb() as unknown as { pool?: { end(): Promise<void> } }).pool?.end().catch(() => undefined);
}

/**
 * Creates or migrates pg-boss's schema and our queues (with their current retry settings). Run
 * with the migrations; safe to run again.
 */
export async function installJobQueues(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false });
  boss.on("error", () => undefined); // start() and createQueue() reject with the same error
  let started = false;
  try {
    await boss.start();
    started = true;
    for (const [name, options] of Object.entries(JOB_QUEUES)) {
      await boss.createQueue(name, { name, policy: "standard", ...options });
      // createQueue keeps an existing queue's settings: bring them up to date.
      await boss.updateQueue(name, { name, policy: "standard", ...options });
    }
  } finally {
    await closeBoss(boss, started);
  }
}
