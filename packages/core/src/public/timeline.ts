import type { Db, Prisma } from "@atlas/db";

import type { Reference } from "./citations.ts";
import { footnoteEvents, loadEvents, pastOf, type NotedEvent } from "./events.ts";
import { PUBLISHED } from "./published.ts";
import type { TimelineQuery } from "./query-params.ts";
import { getSite, type PublicSite } from "./site.ts";

export const TIMELINE_PAGE_SIZE = 20;

/** One page of the timeline: its events footnoted, and the references they cite. */
export type TimelinePage = { items: NotedEvent[]; references: Reference[]; total: number; page: number; pageCount: number; pageSize: number };

/** The filter of a timeline query; the focus country's timeline holds what it did as its predecessors too. */
export function timelineWhere(q: Omit<TimelineQuery, "page">, site?: PublicSite): Prisma.EventWhereInput {
  const own = site && q.country === site.focus.slug ? [site.focus.id, ...site.focus.predecessors.map((p) => p.id)] : null;
  return {
    ...(q.from !== undefined || q.to !== undefined
      ? {
          startDate: {
            ...(q.from !== undefined ? { gte: new Date(Date.UTC(q.from, 0, 1)) } : {}),
            ...(q.to !== undefined ? { lt: new Date(Date.UTC(q.to + 1, 0, 1)) } : {}),
          },
        }
      : {}),
    ...(q.type ? { type: q.type } : {}),
    ...(own ? { countries: { some: { countryId: { in: own } } } } : q.country ? { countries: { some: { country: { slug: q.country, ...PUBLISHED } } } } : {}),
  };
}

/** Every published event matching the filters, newest first, a page at a time. */
export async function listTimeline(db: Db, q: TimelineQuery, pageSize = TIMELINE_PAGE_SIZE): Promise<TimelinePage> {
  const site = await getSite(db);
  const where = timelineWhere(q, site);
  const total = await db.event.count({ where: { AND: [where, PUBLISHED] } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(q.page, pageCount);
  const { events: items, references } = footnoteEvents(await loadEvents(db, where, { take: pageSize, skip: (page - 1) * pageSize, past: pastOf(site) }));
  return { items, references, total, page, pageCount, pageSize };
}
