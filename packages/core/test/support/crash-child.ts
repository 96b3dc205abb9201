// A process for the crash tests to kill: it runs one piece of work against the database named on
// its command line and says "started" once it is under way.
import { createDb } from "@atlas/db";
import { seedDir } from "@atlas/db/paths";

import { startJobWorker } from "../../src/jobs/start-job-worker.ts";
import { approveRevision } from "../../src/review/approve-revision.ts";
import { importSeed } from "../../src/seed/import-seed.ts";

const [work, url, ...args] = process.argv.slice(2);
const db = createDb(url!, { max: 4 });
process.stdout.write("started\n");
if (work === "approve") {
  const [revisionId, id, email] = args;
  await approveRevision({ db, actor: { id: id!, email: email!, name: "Crash", role: "ADMIN" }, input: { revisionId: revisionId! }, policy: { allowSelfApproval: false } });
} else if (work === "seed") {
  await importSeed({ db, dir: seedDir });
} else if (work === "worker") {
  await startJobWorker({ url: url!, db, concurrency: 1 });
}
process.stdout.write("finished\n");
