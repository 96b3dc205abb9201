// pnpm db:seed — imports prisma/seed into the database (idempotent, all or nothing).
import { importSeed } from "@atlas/core/seed";
import { createDb } from "@atlas/db";
import { seedDir } from "@atlas/db/paths";
import { resolveTarget } from "@atlas/db/target";

import { runCli } from "./cli.ts";

runCli(async () => {
  const target = await resolveTarget();
  const db = createDb(target.url, { max: 2 });
  try {
    console.log(`Database: ${target.description}`);
    const r = await importSeed({ db, dir: seedDir });
    console.log(`Seed: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged.`);
    if (r.keptEdited.length) console.log(`Kept the editors' version of: ${r.keptEdited.join(", ")}`);
  } finally {
    await db.$disconnect();
    await target.release();
  }
});
