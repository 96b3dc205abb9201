import { Prisma, type Db, type Tx } from "@atlas/db";
import type { EntryKind, EntryStatus, RevisionAction } from "@atlas/db/enums";

import { writeReadModel } from "../entries/write-entry.ts";
import { KIND_ORDER, KINDS, type AnyPayload } from "../kinds/registry.ts";

/** An entry published (again, or taken down) after the moment asked for, and what it was then. */
export type Replayed = {
  id: string;
  kind: EntryKind;
  /** Its state at the moment: the revision then in force, or null when it was not yet published. */
  then: { action: RevisionAction; version: number; label: string; payload: AnyPayload | null; publishedAt: Date } | null;
};

/** Published revisions record the moment they went public in `reviewedAt` (publishRevisions, the seed import). */
export async function entriesChangedSince(db: Db | Tx, at: Date): Promise<Replayed[]> {
  // Timestamps are stored as UTC without a zone: compared as such, whatever the session's zone.
  const moment = at.toISOString();
  const rows = await db.$queryRaw<
    { id: string; kind: EntryKind; action: RevisionAction | null; version: number | null; label: string | null; payload: AnyPayload | null; publishedAt: Date | null }[]
  >`
    WITH changed AS (
      SELECT DISTINCT "entryId" AS id FROM "Revision" WHERE "status" = 'PUBLISHED' AND "reviewedAt" > ${moment}::timestamp
    ), then_ AS (
      SELECT DISTINCT ON (r."entryId") r."entryId", r."action", r."publishedVersion", r."label", r."payload", r."reviewedAt"
      FROM "Revision" r JOIN changed c ON c.id = r."entryId"
      WHERE r."status" = 'PUBLISHED' AND r."reviewedAt" <= ${moment}::timestamp
      ORDER BY r."entryId", r."publishedVersion" DESC
    )
    SELECT e."id", e."kind"::text AS kind, t."action"::text AS action, t."publishedVersion" AS version, t."label", t."payload", t."reviewedAt" AS "publishedAt"
    FROM changed c JOIN "Entry" e ON e."id" = c.id LEFT JOIN then_ t ON t."entryId" = c.id
    ORDER BY e."id"`;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    then: r.action && r.version !== null ? { action: r.action, version: r.version, label: r.label ?? r.id, payload: r.payload, publishedAt: r.publishedAt! } : null,
  }));
}

const statusThen = (e: Replayed): EntryStatus => (!e.then ? "DRAFT" : e.then.action === "UPSERT" ? "PUBLISHED" : e.then.action === "DELETE" ? "DELETED" : "UNPUBLISHED");

/**
 * Puts the read model back as it was for the entries changed since: in the caller's transaction,
 * which must be rolled back. Their rows are locked without waiting (a publish holding one makes
 * this fail at once, never wait: a reader's page can never hold up an editor's publish).
 */
export async function replay(tx: Tx, entries: Replayed[]): Promise<void> {
  if (!entries.length) return;
  const ids = entries.map((e) => e.id);
  await tx.$executeRaw`SET LOCAL lock_timeout = '2s'`;
  await tx.$queryRaw`SELECT 1 FROM "Entry" WHERE "id" = ANY(${ids}) ORDER BY "id" FOR UPDATE NOWAIT`;
  // What was not public then cites nothing and holds no address: its citations would keep a
  // passage that did not exist yet from being put back out, its slug an address another held.
  const hidden = entries.filter((e) => statusThen(e) !== "PUBLISHED");
  if (hidden.length) await tx.citation.deleteMany({ where: { entryId: { in: hidden.map((e) => e.id) } } });
  for (const kind of new Set(entries.map((e) => e.kind))) {
    if (!("slug" in KINDS[kind].schema.shape)) continue;
    const table = Prisma.raw(`"${KINDS[kind].model[0]!.toUpperCase()}${KINDS[kind].model.slice(1)}"`);
    const mine = entries.filter((e) => e.kind === kind).map((e) => e.id);
    // A slug-shaped stand-in unique to the entry, until its own slug of the time is written back.
    await tx.$executeRaw`UPDATE ${table} SET "slug" = 'as-of-' || md5("id") WHERE "id" = ANY(${mine})`;
  }
  const rank = (k: EntryKind) => KIND_ORDER.indexOf(k);
  for (const e of [...entries].sort((a, b) => rank(a.kind) - rank(b.kind))) {
    if (e.then?.action === "UPSERT" && e.then.payload) await writeReadModel(tx, { id: e.id, kind: e.kind, payload: e.then.payload, label: e.then.label });
  }
  const byStatus = new Map<EntryStatus, Replayed[]>();
  for (const e of entries) byStatus.set(statusThen(e), [...(byStatus.get(statusThen(e)) ?? []), e]);
  for (const [status, list] of byStatus) {
    await tx.$executeRaw`UPDATE "Entry" e SET "status" = ${status}::"EntryStatus", "version" = u.version, "publishedAt" = u.at
      FROM unnest(${list.map((x) => x.id)}::text[], ${list.map((x) => x.then?.version ?? 0)}::int[], ${list.map((x) => x.then?.publishedAt.toISOString() ?? null)}::timestamp[]) AS u(id, version, at)
      WHERE e."id" = u.id`;
  }
}
