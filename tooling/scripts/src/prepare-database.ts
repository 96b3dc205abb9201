import { upgradeDatabase } from "@atlas/core/jobs";
import { importSeed, type SeedReport } from "@atlas/core/seed";
import { createDb } from "@atlas/db";
import { seedDir } from "@atlas/db/paths";

/** Brings a database up to date: pending migrations, then the (idempotent) seed import. */
export async function prepareDatabase(target: { url: string }): Promise<{ applied: string[]; seed: SeedReport }> {
  const { applied } = await upgradeDatabase(target.url);
  const db = createDb(target.url, { max: 2 });
  try {
    return { applied, seed: await importSeed({ db, dir: seedDir }) };
  } finally {
    await db.$disconnect();
  }
}
