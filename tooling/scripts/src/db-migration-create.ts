// pnpm db:migrate:create NAME — writes the next migration from changes to prisma/schema.prisma.
import { databaseUrlFromEnv } from "@atlas/db";
import { startEmbeddedPostgres } from "@atlas/db/embedded";
import { createMigration } from "@atlas/db/migrate";

import { runCli } from "./cli.ts";

runCli(async () => {
  const name = process.argv[2];
  if (!name) {
    console.error("Usage: pnpm db:migrate:create <name>   (lower-case, like add_search_index)");
    return 2;
  }
  // The diff only needs a scratch database: the server's shadow database, or throwaway PGlites.
  const url = databaseUrlFromEnv();
  const scratch = url ? null : await startEmbeddedPostgres({ dataDir: null });
  try {
    const folder = await createMigration({ url: url ?? scratch!.url, shadow: url ? "server" : "embedded", name });
    console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql — review it, then run pnpm db:migrate.` : "schema.prisma and the migrations agree: nothing to write.");
  } finally {
    await scratch?.stop();
  }
});
