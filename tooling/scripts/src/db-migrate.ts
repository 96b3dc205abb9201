// pnpm db:migrate — applies pending migrations in prisma/migrations, with no download.
import { upgradeDatabase } from "@atlas/core/jobs";
import { resolveTarget } from "@atlas/db/target";

import { runCli } from "./cli.ts";

runCli(async () => {
  const target = await resolveTarget();
  try {
    console.log(`Database: ${target.description}`);
    const { applied } = await upgradeDatabase(target.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join("\n")}` : "No pending migrations.");
  } finally {
    await target.release();
  }
});
