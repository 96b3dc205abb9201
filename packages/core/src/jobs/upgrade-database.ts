import { createDb } from "@atlas/db";
import { applyMigrations } from "@atlas/db/migrate";

import { syncStatementKinds } from "../kinds/sync-statement-kinds.ts";
import { installJobQueues } from "./install-job-queues.ts";

/**
 * Brings a database up to date: pending migrations, the job queue's own schema, and the facts
 * the database keeps from the registry of kinds (which kinds are statements).
 */
export async function upgradeDatabase(url: string): Promise<{ applied: string[] }> {
  const result = await applyMigrations({ url });
  await installJobQueues(url);
  const db = createDb(url, { max: 1 });
  try {
    await db.$transaction((tx) => syncStatementKinds(tx));
  } finally {
    await db.$disconnect();
  }
  return result;
}
