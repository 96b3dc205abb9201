import type { Db } from "@atlas/db";

import { ALL_KINDS, KINDS } from "../kinds/registry.ts";
import { pathOf, type PagedRoute } from "../routes.ts";
import { isSlug } from "../text.ts";
import { entriesChangedSince, replay } from "./as-of-replay.ts";
import { PAGE_READERS, type PageData } from "./page-readers.ts";

// Permanent versions of pages: what the site showed at a moment, rebuilt from the revisions that
// were then in force. Published revisions never change, so neither does such a page.

/** A moment named in an address: a day ("2026-12-01": as that day ended, UTC) or a time to the second. */
export type AsOf = { at: Date; key: string; day: boolean };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/;
/** Publishing takes a moment to commit: a moment this recent may still gain a publish stamped before it. */
export const SETTLED_AFTER_MS = 60_000;

/** The moment an `as-of` value names; null for anything else (a typo, 31 February). */
export function parseAsOf(raw: string): AsOf | null {
  const day = DAY.exec(raw);
  const time = day ? null : TIME.exec(raw);
  const parts = (day ?? time)?.slice(1).map((p) => (p === undefined ? undefined : Number(p)));
  if (!parts) return null;
  const [y, mo, d, h = 23, mi = 59, s = day ? 59 : 0] = parts as [number, number, number, number?, number?, number?];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s, day ? 999 : 0));
  // Date.UTC rolls 31 February over into March: a date that is not one is refused, not moved.
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d || h > 23 || mi > 59 || s > 59 || y < 1000) return null;
  return { at, key: day ? raw : asOfKey(at), day: Boolean(day) };
}

/**
 * The API's `as-of` parameter: absent (today's data), a settled moment, or what is wrong with it.
 * A moment of the last minute is today's data, not yet a version.
 */
export function asOfParam(raw: string | null, now = new Date()): { asOf: AsOf | null; problems: string[] } {
  if (raw === null || raw === "") return { asOf: null, problems: [] };
  const asOf = parseAsOf(raw);
  if (!asOf) return { asOf: null, problems: [`as-of: “${raw.slice(0, 40)}” is not a date (2026-12-01) or a UTC time (2026-12-01T10:15:04Z).`] };
  if (asOf.at.getTime() > now.getTime() && !(asOf.day && asOf.at.getTime() - now.getTime() < 86_400_000))
    return { asOf: null, problems: [`as-of: ${asOf.key} has not come yet; leave it out for today's data.`] };
  return { asOf: isSettled(asOf, now) ? asOf : null, problems: [] };
}

/** The address form of a moment, to the second, rounded up: "2026-12-07T10:15:04Z". */
export function asOfKey(at: Date): string {
  return new Date(Math.ceil(at.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/** The permanent address of a page as it stood at a moment: `/countries/china/as-of/2026-12-07T10:15:04Z`. */
export const versionPath = (route: PagedRoute, slug: string, key: string) => `${pathOf({ route, slug })}/as-of/${key}`;

/** Whether nothing can still be published with a time at or before this moment. */
export const isSettled = (asOf: AsOf, now = new Date()) => asOf.at.getTime() <= now.getTime() - SETTLED_AFTER_MS;

class Rollback<R> extends Error {
  constructor(readonly value: R) {
    super("rollback");
  }
}

const LOCKED = /55P03|lock_not_available|could not obtain lock|lock timeout/i;

/**
 * Runs a public read against the site as it stood at `at`: the entries published or taken down
 * since are put back as they were in a transaction that is always rolled back, on the primary.
 * Nothing is ever written, and drafts are never read: only revisions that were published.
 */
export async function readAsOf<R>(db: Db, at: Date, read: (db: Db) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      const changed = await entriesChangedSince(db, at);
      if (!changed.length) return await read(db);
      await db.$transaction(
        async (tx) => {
          await replay(tx, changed);
          throw new Rollback(await read(tx as unknown as Db));
        },
        { timeout: 30_000, maxWait: 5_000 },
      );
    } catch (error) {
      if (error instanceof Rollback) return error.value as R;
      // An entry being published this very moment: its lock is released within milliseconds.
      if (attempt < 4 && LOCKED.test(String((error as Error).message))) {
        await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
        continue;
      }
      throw error;
    }
  }
}

/** The moment of the latest publication on the site: the page now shows what it showed then. */
export async function lastPublication(db: Db): Promise<Date | null> {
  const rows = await db.$queryRaw<{ at: Date | null }[]>`SELECT max("reviewedAt") AS at FROM "Revision" WHERE "status" = 'PUBLISHED'`;
  return rows[0]?.at ?? null;
}

/** A page of an entry as it stood at `at`, found by the slug it had then or has now; null if it was not public then. */
export async function pageAsOf<R extends PagedRoute>(db: Db, at: Date, route: R, slug: string): Promise<{ slug: string; data: PageData<R> } | null> {
  if (!isSlug(slug)) return null;
  const kind = ALL_KINDS.find((k) => KINDS[k].route === route)!;
  const model = KINDS[kind].model as "country";
  // Today's address (or one it moved from) names the entry; the page then may have had another slug.
  const now =
    (await db[model].findFirst({ where: { slug }, select: { id: true } }))?.id ??
    (await db.slugRedirect.findFirst({ where: { kind, fromSlug: slug }, select: { entryId: true } }))?.entryId ??
    null;
  const read = PAGE_READERS[route] as (db: Db, slug: string) => Promise<PageData<R> | null>;
  return readAsOf(db, at, async (then) => {
    const direct = await read(then, slug);
    if (direct) return { slug, data: direct };
    const row = now ? await then[model].findFirst({ where: { id: now, entry: { is: { status: "PUBLISHED" } } }, select: { slug: true } }) : null;
    const data = row ? await read(then, row.slug) : null;
    return data && row ? { slug: row.slug, data } : null;
  });
}
