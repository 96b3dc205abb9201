// pnpm db:restore FILE — restores a backup into an empty database (migrated first), rebuilding the
// public pages, search and everything else derived from the history.
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";

import { restoreDatabase } from "@atlas/core/backup";
import { upgradeDatabase } from "@atlas/core/jobs";
import { createDb } from "@atlas/db";
import { resolveTarget } from "@atlas/db/target";

import { runCli } from "./cli.ts";
import { launcherEnv } from "./env.ts";

runCli(async () => {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: pnpm db:restore <file>   (into an empty database: see README, Backup and restore)");
    return 2;
  }
  const input = path.resolve(launcherEnv().INIT_CWD ?? process.cwd(), file);
  if (!existsSync(input)) {
    console.error(`${input} does not exist.`);
    return 2;
  }
  const target = await resolveTarget();
  const db = createDb(target.url, { max: 2 });
  try {
    console.log(`Database: ${target.description}`);
    await upgradeDatabase(target.url);
    const header = await restoreDatabase({ db, input: createReadStream(input) });
    console.log(`Restored the backup of ${header.createdAt}: ${header.counts.entry} entries, ${header.counts.revision} revisions, ${header.counts.user} users.`);
  } finally {
    await db.$disconnect();
    await target.release();
  }
});
