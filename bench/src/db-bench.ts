import { readFile } from "node:fs/promises";

import pg from "pg";

import { getCountryPage, search } from "@atlas/core/public/readers";
import { createDb } from "@atlas/db";

import { timed } from "./db-time.ts";
import { percentile, round } from "./stats.ts";

export const SIZE = { countries: 200, sources: 10_000, events: 100_000 };
const QUERIES = [
  "trade",
  "refugees border",
  "embassy visit",
  '"mining agreement"',
  "copper -coal",
  "railway loan",
  "scholarship",
  "satellite telecom",
  "drought aid",
  "horses tourism",
];

/** Fills a migrated, seeded database with the synthetic data set (one transaction). */
export async function generate(url: string): Promise<number> {
  const sql = (await readFile(new URL("./synthetic.sql", import.meta.url), "utf8"))
    .replaceAll(":countries", String(SIZE.countries))
    .replaceAll(":sources", String(SIZE.sources))
    .replaceAll(":events", String(SIZE.events));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const start = performance.now();
  try {
    await client.query(sql);
    // Settle before measuring: otherwise autovacuum works through the new rows meanwhile.
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
  return performance.now() - start;
}

/** Time spent answering a country page and a search, at the synthetic size. */
export async function measureDb(url: string) {
  const db = createDb(url);
  try {
    const slugs = Array.from({ length: 220 }, (_, i) => `bench-${1 + ((i * 37) % SIZE.countries)}`);
    const queries = Array.from({ length: 220 }, (_, i) => QUERIES[i % QUERIES.length]!);
    const page = async (slug: string) => (await getCountryPage(db, slug)) ?? Promise.reject(new Error(`no page for ${slug}`));
    // Warm up connections and caches; the first 20 of each are not counted.
    const pages: { wall: number; db: number }[] = [];
    for (const slug of slugs) pages.push(await timed(() => page(slug)));
    const searches: { wall: number; db: number }[] = [];
    for (const q of queries) searches.push(await timed(() => search(db, q)));
    const sample = await search(db, "trade");
    const summary = (list: { wall: number; db: number }[]) => {
      const kept = list.slice(20);
      const of = (key: "wall" | "db") => kept.map((x) => x[key]);
      return {
        p50: round(percentile(of("db"), 50)),
        p95: round(percentile(of("db"), 95)),
        wallP50: round(percentile(of("wall"), 50)),
        wallP95: round(percentile(of("wall"), 95)),
        runs: kept.length,
      };
    };
    return { countryPage: summary(pages), search: { ...summary(searches), hitsForTrade: sample.total } };
  } finally {
    await db.$disconnect();
  }
}
