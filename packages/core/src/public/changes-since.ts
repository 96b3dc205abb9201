import type { Db } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { KINDS, type AnyPayload } from "../kinds/registry.ts";
import { pageTag, tagsForChange } from "../revalidation/tags.ts";
import type { PagedRoute } from "../routes.ts";
import { entriesChangedSince } from "./as-of-replay.ts";
import { publicDate, type PublicDate } from "./dates.ts";

/** One entry of a page published, changed or taken down after a moment. */
export type PageChange = {
  id: string;
  /** "Event", "Diplomatic mission"… */
  kind: string;
  label: string;
  what: "added" | "changed" | "removed";
  /** Its latest publication (or takedown) since. */
  when: PublicDate;
  at: string;
  /** How many times it was published or taken down since. */
  times: number;
};

/** A page addressed by slug, or the home page (whose changes are all of the site's). */
export type ChangedPage = { route: PagedRoute; slug: string } | { route: "home" };

/** Changes looked at, newest first: enough for any page a reader compares. */
const MAX_CHANGES = 300;

/**
 * What changed on a page after `at`: each entry it shows (then or now) that was published,
 * edited or taken down since, by the same cache tags publishing refreshes pages by.
 */
export async function changesSince(db: Db, at: Date, page: ChangedPage, slugThen: string | null = null): Promise<PageChange[]> {
  const changed = await entriesChangedSince(db, at);
  const ids = changed.map((c) => c.id);
  const now = await db.$queryRaw<{ id: string; status: string; payload: AnyPayload | null; latest: Date; times: number }[]>`
    SELECT e."id", e."status"::text AS status, cur."payload", s.latest, s.times
    FROM "Entry" e
    JOIN (SELECT "entryId", max("reviewedAt") AS latest, count(*)::int AS times FROM "Revision"
          WHERE "status" = 'PUBLISHED' AND "reviewedAt" > ${at.toISOString()}::timestamp AND "entryId" = ANY(${ids}) GROUP BY "entryId") s ON s."entryId" = e."id"
    LEFT JOIN "Revision" cur ON cur."entryId" = e."id" AND cur."publishedVersion" = e."version" AND cur."action" = 'UPSERT'
    ORDER BY s.latest DESC LIMIT ${MAX_CHANGES}`;
  const then = new Map(changed.map((c) => [c.id, c]));
  const wanted = page.route === "home" ? null : new Set([page.slug, slugThen].filter(Boolean).map((s) => pageTag[page.route](s!)));
  const list: PageChange[] = [];
  for (const row of now) {
    const before = then.get(row.id)!;
    const payloadThen = before.then?.action === "UPSERT" ? before.then.payload : null;
    const payloadNow = row.status === "PUBLISHED" ? row.payload : null;
    if (!payloadThen && !payloadNow) continue;
    if (wanted && !(await touches(db, before.kind, row.id, payloadThen, payloadNow, wanted))) continue;
    list.push({
      id: row.id,
      kind: KINDS[before.kind].names.title,
      label: (payloadNow ? await currentLabel(db, row.id) : before.then?.label) ?? row.id,
      what: !payloadThen ? "added" : !payloadNow ? "removed" : "changed",
      when: publicDate(row.latest, "DAY")!,
      at: row.latest.toISOString(),
      times: row.times,
    });
  }
  return list;
}

async function touches(db: Db, kind: EntryKind, id: string, before: AnyPayload | null, after: AnyPayload | null, wanted: Set<string>): Promise<boolean> {
  const change = { kind, id, before, after };
  const tags = await tagsForChange(db, change);
  return tags.some((t) => wanted.has(t));
}

const currentLabel = async (db: Db, id: string) => (await db.entry.findUnique({ where: { id }, select: { label: true } }))?.label;
