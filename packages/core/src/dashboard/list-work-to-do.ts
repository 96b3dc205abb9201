import type { Db } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { KINDS } from "../kinds/registry.ts";
import { SOURCE_GAP_LABELS, sourceGaps } from "../kinds/source/checkable.ts";
import { isStale } from "../public/facts.ts";

type Listed = { id: string; kind: EntryKind; label: string };

/**
 * What readers are shown as incomplete, for editors to fix: sources without what makes them
 * checkable or without a reliability tier, statements (and fields of them, like a relationship's
 * status) shown unsourced, statistics past the site's age threshold or without a year, and
 * readers' corrections waiting.
 */
export async function listWorkToDo({ db, actor, now = new Date() }: { db: Db; actor: Actor | null; now?: Date }) {
  assertCan(actor, "dashboard.read");
  const site = await db.site.findUnique({ where: { id: 1 }, select: { staleAfterYears: true } });
  const staleAfterYears = site?.staleAfterYears ?? 5;
  const [sources, unsourced, unsourcedFields, facts, openReports] = await Promise.all([
    db.source.findMany({
      where: { entry: { status: "PUBLISHED" } },
      orderBy: { title: "asc" },
      select: { id: true, title: true, marker: true, kind: true, author: true, publisher: true, url: true, publishedOn: true, accessedOn: true, reliability: true },
    }),
    // Published statements none of whose own citations point at a published source.
    db.$queryRaw<Listed[]>`
      SELECT e."id", e."kind"::text AS "kind", e."label" FROM "Entry" e JOIN "StatementKind" k ON k."kind" = e."kind"::text
      WHERE e."status" = 'PUBLISHED' AND NOT EXISTS (
        SELECT 1 FROM "Citation" c JOIN "Entry" s ON s."id" = c."sourceId"
        WHERE c."entryId" = e."id" AND c."alternativeId" IS NULL AND c."field" IS NULL AND s."status" = 'PUBLISHED')
      ORDER BY e."kind", e."label"`,
    Promise.all(
      Object.values(KINDS).flatMap((k) =>
        Object.entries(k.citedFields ?? {}).map(async ([list, field]) => ({
          list,
          kind: k.names.one,
          field: field,
          entries: await db.$queryRaw<Listed[]>`
            SELECT e."id", e."kind"::text AS "kind", e."label" FROM "Entry" e
            WHERE e."kind"::text = ${k.kind} AND e."status" = 'PUBLISHED' AND NOT EXISTS (
              SELECT 1 FROM "Citation" c JOIN "Entry" s ON s."id" = c."sourceId"
              WHERE c."entryId" = e."id" AND c."field" = ${field} AND s."status" = 'PUBLISHED')
            ORDER BY e."label"`,
        })),
      ),
    ),
    db.fact.findMany({
      where: { entry: { status: "PUBLISHED" } },
      orderBy: [{ year: { sort: "asc", nulls: "first" } }, { subject: "asc" }],
      select: { id: true, subject: true, year: true },
    }),
    db.report.count({ where: { status: "OPEN" } }),
  ]);
  const sourcesToComplete = sources
    .map((s) => ({
      id: s.id,
      label: s.marker ? `[${s.marker}] ${s.title}` : s.title,
      missing: sourceGaps({ ...s, published: s.publishedOn }).map((g) => SOURCE_GAP_LABELS[g]),
      reliability: s.reliability,
    }))
    .filter((s) => s.missing.length || !s.reliability);
  return {
    sourcesToComplete,
    unsourced,
    unsourcedFields: unsourcedFields.filter((f) => f.entries.length),
    /** Figures without a year, and figures older than the threshold (oldest first). */
    statistics: {
      staleAfterYears,
      undated: facts.filter((f) => f.year === null),
      stale: facts.filter((f) => isStale(f.year, staleAfterYears, now)),
    },
    openReports,
  };
}

export type WorkToDo = Awaited<ReturnType<typeof listWorkToDo>>;
