// pnpm worker — works the job queues (search refreshes…) until stopped. `pnpm start` runs one;
// a deployment runs one or more beside the apps.
import { startJobWorker } from "@atlas/core/jobs";
import { createDb, databaseUrlFromEnv } from "@atlas/db";

const url = databaseUrlFromEnv();
if (!url) {
  console.error("The job worker needs DATABASE_URL (pnpm start sets it for the embedded database).");
  process.exit(2);
}
const db = createDb(url, { max: 4 });
const worker = await startJobWorker({ url, db });
console.log("✓ Job worker ready");

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await db.$disconnect();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
