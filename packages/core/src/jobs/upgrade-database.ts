import { applyMigrations } from "@atlas/db/migrate";

import { installJobQueues } from "./install-job-queues.ts";

/** Brings a database's schema up to date: pending migrations, then the job queue's own schema. */
export async function upgradeDatabase(url: string): Promise<{ applied: string[] }> {
  const result = await applyMigrations({ url });
  await installJobQueues(url);
  return result;
}
