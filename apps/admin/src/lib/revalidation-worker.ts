import { processRevalidationJobs } from "@atlas/core";
import { getDb } from "@atlas/db";

import { sendToPublicSite } from "./revalidation-sender";

const EVERY_MS = 10_000;
const globalForWorker = globalThis as unknown as { atlasRevalidationWorker?: NodeJS.Timeout };

/** Retries page refreshes that failed, with back-off (see core's outbox); one timer per process. */
export function startRevalidationRetries(): void {
  if (globalForWorker.atlasRevalidationWorker) return;
  globalForWorker.atlasRevalidationWorker = setInterval(() => {
    processRevalidationJobs({ db: getDb(), send: sendToPublicSite }).catch((error: unknown) => console.error("Revalidation retry failed:", error));
  }, EVERY_MS);
  globalForWorker.atlasRevalidationWorker.unref();
}
