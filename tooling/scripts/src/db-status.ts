// pnpm db:status — pending, edited and failed migrations; exits 1 unless up to date.
import { migrationStatus } from "@atlas/db/migrate";
import { resolveTarget } from "@atlas/db/target";

import { runCli } from "./cli.ts";

const list = (title: string, names: string[]) => (names.length ? `${title}:\n${names.map((n) => `  ${n}`).join("\n")}` : null);

runCli(async () => {
  const target = await resolveTarget();
  try {
    const s = await migrationStatus(target);
    console.log(`Database: ${target.description}`);
    const parts = [
      list("Applied", s.applied),
      list("Pending (run pnpm db:migrate)", s.pending),
      list("Edited after being applied (restore the file, or add a new migration instead)", s.edited),
      list("Failed", s.failed),
      list("Applied but missing from prisma/migrations", s.unknown),
    ].filter(Boolean);
    console.log(parts.join("\n"));
    console.log(s.upToDate ? "The database is up to date." : "The database is NOT up to date.");
    return s.upToDate ? 0 : 1;
  } finally {
    await target.release();
  }
});
