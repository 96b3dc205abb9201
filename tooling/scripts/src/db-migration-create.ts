// pnpm db:migrate:create NAME — writes the next migration from changes to prisma/schema.prisma.
import { createMigration } from "@atlas/db/migrate";
import { resolveTarget } from "@atlas/db/target";

import { runCli } from "./cli.ts";

runCli(async () => {
  const name = process.argv[2];
  if (!name) {
    console.error("Usage: pnpm db:migrate:create <name>   (lower-case, like add_search_index)");
    return 2;
  }
  // The diff replays the migrations in a throwaway shadow database on the server; the target's
  // own data is never read or changed.
  const target = await resolveTarget();
  try {
    const folder = await createMigration({ url: target.url, name });
    console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql — review it, then run pnpm db:migrate.` : "schema.prisma and the migrations agree: nothing to write.");
  } finally {
    await target.release();
  }
});
