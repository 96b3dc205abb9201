// pnpm db:backup FILE — writes a backup (gzip JSON Lines) of users, entries, revisions and the
// audit log: everything the atlas cannot derive again.
import { createWriteStream, existsSync } from "node:fs";
import path from "node:path";

import { backupDatabase } from "@atlas/core/backup";
import { createDb } from "@atlas/db";
import { resolveTarget } from "@atlas/db/target";

import { runCli } from "./cli.ts";
import { launcherEnv } from "./env.ts";

runCli(async () => {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: pnpm db:backup <file>   (for example atlas-2026-11-29.jsonl.gz)");
    return 2;
  }
  const out = path.resolve(launcherEnv().INIT_CWD ?? process.cwd(), file);
  if (existsSync(out)) {
    console.error(`${out} already exists: choose another name (a backup never overwrites a file).`);
    return 2;
  }
  const target = await resolveTarget();
  const db = createDb(target.url, { max: 2 });
  try {
    console.log(`Database: ${target.description}`);
    const header = await backupDatabase({ db, out: createWriteStream(out, { flags: "wx", mode: 0o600 }) });
    const c = header.counts;
    console.log(`Backup written to ${out}: ${c.entry} entries, ${c.revision} revisions, ${c.user} users, ${c.auditLog} audit records.`);
  } finally {
    await db.$disconnect();
    await target.release();
  }
});
