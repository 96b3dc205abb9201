import { encodeCursor, listAuditLog, listEntries, listReviewQueue, pickerOptions } from "@atlas/core";
import { createDb, type Db } from "@atlas/db";

import { timed } from "./db-time.ts";
import { percentile, round } from "./stats.ts";

const RUNS = 70;

/** A cursor deep in a list: the key of a row far down, as a reader paging there would hold. */
async function deepCursor(db: Db, sql: string): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ a: string | bigint | Date; b?: string }[]>(sql);
  const a = row!.a instanceof Date ? row!.a.toISOString() : typeof row!.a === "bigint" ? Number(row!.a) : row!.a;
  return encodeCursor(row!.b ? [a, row!.b] : [a]);
}

/**
 * The admin's lists at the synthetic size, through the same functions the pages call: each
 * measured RUNS times, the first 20 dropped.
 */
export async function measureAdmin(url: string) {
  const db = createDb(url);
  try {
    const admin = await db.user.findFirstOrThrow({ where: { email: "bench-1@atlas.test" } });
    const actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
    const entriesDeep = await deepCursor(db, `SELECT "updatedAt" AS a, id AS b FROM "Entry" ORDER BY "updatedAt" DESC, id OFFSET 100000 LIMIT 1`);
    // The queue lists change sets, each waiting since its first submitted entry.
    const queueDeep = await deepCursor(
      db,
      `SELECT min("submittedAt") AS a, "changeSetId" AS b FROM "Revision" WHERE status = 'SUBMITTED' GROUP BY "changeSetId" ORDER BY 1, 2 OFFSET 9000 LIMIT 1`,
    );
    const auditDeep = await deepCursor(db, `SELECT id AS a FROM "AuditLog" ORDER BY id DESC OFFSET 190000 LIMIT 1`);
    const lists: [string, () => Promise<unknown>][] = [
      ["entries, first page", () => listEntries({ db, actor, input: {} })],
      ["entries, text filter", () => listEntries({ db, actor, input: { q: "agreement" } })],
      ["entries, events only", () => listEntries({ db, actor, input: { kind: "EVENT", status: "PUBLISHED" } })],
      ["entries, page 2,000", () => listEntries({ db, actor, input: { after: entriesDeep } })],
      ["review queue, first page", () => listReviewQueue({ db, actor, input: {} })],
      ["review queue, page 180", () => listReviewQueue({ db, actor, input: { after: queueDeep } })],
      ["audit log, first page", () => listAuditLog({ db, actor, input: {} })],
      ["audit log, by person", () => listAuditLog({ db, actor, input: { actor: "bench-17" } })],
      ["audit log, page 3,800", () => listAuditLog({ db, actor, input: { after: auditDeep } })],
      ["picker, events by text", () => pickerOptions({ db, actor, input: { kind: "EVENT", q: "agreement" } })],
      ["picker, events, two letters", () => pickerOptions({ db, actor, input: { kind: "EVENT", q: "ag" } })],
      ["picker, countries", () => pickerOptions({ db, actor, input: { kind: "COUNTRY", q: "" } })],
    ];
    const out: Record<string, { p50: number; p95: number; wallP95: number }> = {};
    for (const [name, work] of lists) {
      // A list that comes back empty would time nothing worth knowing.
      const sample = (await work()) as { rows?: unknown[] } | unknown[];
      const size = Array.isArray(sample) ? sample.length : (sample.rows?.length ?? 0);
      if (!size) throw new Error(`${name}: the list is empty`);
      const samples: { wall: number; db: number }[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await timed(work));
      const kept = samples.slice(20);
      out[name] = {
        p50: round(
          percentile(
            kept.map((s) => s.db),
            50,
          ),
        ),
        p95: round(
          percentile(
            kept.map((s) => s.db),
            95,
          ),
        ),
        wallP95: round(
          percentile(
            kept.map((s) => s.wall),
            95,
          ),
        ),
      };
    }
    return out;
  } finally {
    await db.$disconnect();
  }
}
