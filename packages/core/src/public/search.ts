import { Prisma, type Db } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { KINDS } from "../kinds/registry.ts";
import { CONFIG, prefixQuery, suggest } from "../search/forgiving.ts";

/** Around each match in titles and snippets; the page turns them into <mark>. */
const START = "\u0001";
const END = "\u0002";
export const SEARCH_PAGE_SIZE = 20;

export type SearchHit = { id: string; kind: EntryKind; kindLabel: string; title: string; snippet: string; path: string; rank: number };
/**
 * `suggestion`: when nothing matched what was typed, the nearest spelling the atlas knows
 * ("Mongloia" → "mongolia"); the hits are then the suggestion's.
 */
export type SearchResults = { q: string; hits: SearchHit[]; total: number; page: number; pageCount: number; prefixMatched: boolean; suggestion: string | null };

type Row = { id: string; kind: EntryKind; title: string; snippet: string; path: string; rank: number; total: bigint };

async function run(db: Db, tsquery: Prisma.Sql, limit: number, offset: number): Promise<Row[]> {
  const options = `StartSel=${START}, StopSel=${END}`;
  // Rank and page first; highlight only the rows shown. Search documents exist for published
  // entries only (the database removes them when an entry leaves the site), so no status check.
  return db.$queryRaw<Row[]>`
    WITH q AS (SELECT ${tsquery} AS query),
    matches AS (
      SELECT d."entryId", ts_rank_cd(d."tsv", q.query) AS rank, count(*) OVER () AS total
      FROM "SearchDocument" d
      CROSS JOIN q
      WHERE d."tsv" @@ q.query
      ORDER BY rank DESC, d."entryId"
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT d."entryId" AS id, d."kind" AS kind, d."path" AS path, m.rank::float8 AS rank, m.total AS total,
      ts_headline(${CONFIG}::regconfig, d."title", q.query, ${`${options}, HighlightAll=true`}) AS title,
      ts_headline(${CONFIG}::regconfig, d."body", q.query, ${`${options}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`}) AS snippet
    FROM matches m JOIN "SearchDocument" d ON d."entryId" = m."entryId" CROSS JOIN q
    ORDER BY m.rank DESC, d."entryId"`;
}

/** Ranked full-text search over published events, facts, countries, organisations, people and missions. */
export async function search(db: Db, q: string, page = 1, pageSize = SEARCH_PAGE_SIZE): Promise<SearchResults> {
  if (!q.trim()) return { q, hits: [], total: 0, page: 1, pageCount: 1, prefixMatched: false, suggestion: null };
  const offset = (page - 1) * pageSize;
  const words = (text: string) => Prisma.sql`websearch_to_tsquery(${CONFIG}::regconfig, ${text})`;
  let rows = await run(db, words(q), pageSize, offset);
  let prefixMatched = false;
  let suggestion: string | null = null;
  const prefix = prefixQuery(q);
  // Past the last page of what the words find there is nothing more; otherwise, when they find
  // nothing, every page (not just the first) reads them as words still being typed, so the next
  // page of a completed search goes on with the same results.
  const wordsFound = rows.length > 0 || (page > 1 && (await run(db, words(q), 1, 0)).length > 0);
  if (!wordsFound && prefix) {
    rows = await run(db, Prisma.sql`to_tsquery(${CONFIG}::regconfig, ${prefix})`, pageSize, offset);
    prefixMatched = rows.length > 0;
  }
  if (!rows.length && !wordsFound) {
    suggestion = await suggest(db, q);
    if (suggestion) rows = await run(db, words(suggestion), pageSize, offset);
    if (!rows.length) suggestion = null;
  }
  const total = Number(rows[0]?.total ?? 0);
  return {
    q,
    hits: rows.map((r) => ({ id: r.id, kind: r.kind, kindLabel: KINDS[r.kind].names.title, title: r.title, snippet: r.snippet, path: r.path, rank: r.rank })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    prefixMatched,
    suggestion,
  };
}
