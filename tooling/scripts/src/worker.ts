// pnpm worker — works the job queues (search refreshes, scheduled publications, e-mail) until
// stopped. `pnpm start` runs one; a deployment runs one or more beside the apps.
import { publicSiteSender } from "@atlas/core";
import { mailSettingsFromEnv } from "@atlas/core/env";
import { startJobWorker } from "@atlas/core/jobs";
import { createDb, databaseUrlFromEnv } from "@atlas/db";

import { launcherEnv } from "./env.ts";

const url = databaseUrlFromEnv();
if (!url) {
  console.error("The job worker needs DATABASE_URL (pnpm start sets it for the embedded database).");
  process.exit(2);
}
const env = launcherEnv();
const site = env.PUBLIC_SITE_INTERNAL_URL ?? env.PUBLIC_SITE_URL;
// Without the public site's address and secret, pages published on schedule refresh when the
// admin app next retries its page refreshes (within seconds) instead of at once.
const send = site && env.REVALIDATE_SECRET ? publicSiteSender({ revalidateUrl: `${site.replace(/\/$/, "")}/api/revalidate`, secret: env.REVALIDATE_SECRET }) : undefined;
const db = createDb(url, { max: 4 });
const worker = await startJobWorker({ url, db, send, mail: mailSettingsFromEnv() });
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
