import { createHash } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";

import { databaseUrlFromEnv } from "./env.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Db = PrismaClient;
/** The client handed to callbacks of db.$transaction(). */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Statements are prepared once per connection: Prisma's queries cost more to parse and plan than
// to run. Postgres plans the first five runs for their parameters and keeps a generic plan only
// when it costs no more than those (plan_cache_mode=auto); forcing custom plans measured ~4 ms
// slower per country page.
const statementName = (query: { sql: string }) => `atlas_${createHash("sha1").update(query.sql).digest("base64url")}`;

/** A Prisma client over the pg driver adapter: the one code path for every Postgres. */
export function createDb(url: string, options: { max?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 }, { statementNameGenerator: statementName });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 30_000 } });
}

const globalForDb = globalThis as unknown as { atlasDb?: Db };

/** The process-wide client (one pool per process; survives Next's dev reloads). */
export function getDb(): Db {
  if (!globalForDb.atlasDb) {
    const url = databaseUrlFromEnv();
    if (!url) throw new Error("DATABASE_URL is not set: start the apps with `pnpm start` or set it (see README).");
    globalForDb.atlasDb = createDb(url);
  }
  return globalForDb.atlasDb;
}
