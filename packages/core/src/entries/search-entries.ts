import { z } from "zod";

import { Prisma, type Db } from "@atlas/db";
import { EntryKind, EntryStatus, type RevisionStatus } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan, hasRole } from "../auth/permissions.ts";
import { ON_ITS_WAY } from "../change-sets/work-elsewhere.ts";
import { parseOrThrow } from "../errors.ts";
import { CONFIG, prefixQuery, suggest } from "../search/forgiving.ts";
import { ZFilterText } from "../text.ts";

export const ADMIN_SEARCH_PAGE_SIZE = 25;

export const ZSearchEntries = z.object({
  q: ZFilterText.catch(undefined),
  kind: z.enum(EntryKind).optional().catch(undefined),
  status: z.enum(EntryStatus).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(400).catch(1).default(1),
});

/** Around each match in snippets, as on the public site; the page turns them into <mark>. */
const START = "\u0001";
const END = "\u0002";

export type EntryHit = {
  entryId: string;
  kind: EntryKind;
  label: string;
  status: EntryStatus;
  version: number;
  /** Where the words were found: the published text, or a draft (the actor's own, or anyone's for admins). */
  foundIn: "published" | "draft";
  revisionId: string;
  revisionStatus: RevisionStatus;
  snippet: string;
};

type Row = Omit<EntryHit, "foundIn"> & { published: boolean; total: bigint };

/**
 * The admin's search: every text of every entry — names, descriptions, notes, passages, roles —
 * in its published version and in drafts, with the public site's forgiving matching (accents and
 * case ignored, English stems, a prefix while a word is typed, "did you mean"). Drafts are seen
 * as entries are: an editor searches their own and what is published, an admin everything.
 * Each entry once, at its best-matching version.
 */
export async function searchEntries({ db, actor, input }: { db: Db; actor: Actor | null; input: Record<string, string | undefined> }) {
  assertCan(actor, "entry.read");
  const f = parseOrThrow(ZSearchEntries, input);
  const empty = { q: f.q ?? "", hits: [] as EntryHit[], total: 0, page: f.page, pageCount: 1, prefixMatched: false, suggestion: null as string | null, filter: f };
  if (!f.q) return empty;
  const run = (tsquery: Prisma.Sql) => find(db, actor, tsquery, f);
  const words = (text: string) => Prisma.sql`websearch_to_tsquery(${CONFIG}::regconfig, ${text})`;
  let rows = await run(words(f.q));
  let prefixMatched = false;
  let suggestion: string | null = null;
  const prefix = prefixQuery(f.q);
  if (!rows.length && prefix) {
    rows = await run(Prisma.sql`to_tsquery(${CONFIG}::regconfig, ${prefix})`);
    prefixMatched = rows.length > 0;
  }
  if (!rows.length) {
    suggestion = await suggest(db, f.q);
    if (suggestion) rows = await run(words(suggestion));
    if (!rows.length) suggestion = null;
  }
  const total = Number(rows[0]?.total ?? 0);
  return {
    ...empty,
    hits: rows.map(({ published, total: _t, ...r }) => ({ ...r, foundIn: published ? ("published" as const) : ("draft" as const) })),
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_SEARCH_PAGE_SIZE)),
    prefixMatched,
    suggestion,
  };
}

async function find(db: Db, actor: Actor, tsquery: Prisma.Sql, f: z.output<typeof ZSearchEntries>): Promise<Row[]> {
  const admin = hasRole(actor, "ADMIN");
  const offset = (f.page - 1) * ADMIN_SEARCH_PAGE_SIZE;
  const options = `StartSel=${START}, StopSel=${END}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`;
  // Rank and page first (each entry at its best-matching version), highlight only the rows shown.
  return db.$queryRaw<Row[]>`
    WITH q AS (SELECT ${tsquery} AS query),
    matched AS (
      SELECT r."entryId", r."id" AS "revisionId", r."status" AS "revisionStatus", r."status" = 'PUBLISHED' AS published,
        ts_rank_cd(r."searchTsv", q.query) AS rank,
        row_number() OVER (PARTITION BY r."entryId" ORDER BY ts_rank_cd(r."searchTsv", q.query) DESC, r."status" = 'PUBLISHED' DESC, r."updatedAt" DESC) AS nth
      FROM "Revision" r
      JOIN "Entry" e ON e."id" = r."entryId"
      CROSS JOIN q
      WHERE r."searchTsv" @@ q.query
        AND r."action" = 'UPSERT'
        AND (
          (r."status" = 'PUBLISHED' AND r."publishedVersion" = e."version" AND e."status" = 'PUBLISHED')
          OR (r."status"::text = ANY(${[...ON_ITS_WAY]}::text[]) AND (${admin} OR r."authorId" = ${actor.id}))
        )
        AND (${f.kind ?? null}::text IS NULL OR e."kind"::text = ${f.kind ?? null})
        AND (${f.status ?? null}::text IS NULL OR e."status"::text = ${f.status ?? null})
    ),
    page AS (
      SELECT m.*, count(*) OVER () AS total FROM matched m WHERE m.nth = 1
      ORDER BY m.rank DESC, m."entryId"
      LIMIT ${ADMIN_SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT p."entryId", p."revisionId", p."revisionStatus"::text AS "revisionStatus", p.published, p.total,
      e."kind"::text AS kind, e."label", e."status"::text AS status, e."version",
      ts_headline(${CONFIG}::regconfig, "atlas_payload_text"(r."payload"), q.query, ${options}) AS snippet
    FROM page p
    JOIN "Entry" e ON e."id" = p."entryId"
    JOIN "Revision" r ON r."id" = p."revisionId"
    CROSS JOIN q
    ORDER BY p.rank DESC, p."entryId"`;
}
