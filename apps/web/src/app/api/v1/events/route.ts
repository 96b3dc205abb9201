import type { NextRequest } from "next/server";

import { parseTimelineQuery, toApiEvent } from "@atlas/core/public";

import { badRequest, json } from "@/lib/api";
import { getSite, getTimeline } from "@/lib/data";
import { licenseLink } from "@/lib/license";

/** GET /api/v1/events?from=&to=&year=&type=&country=&page= — published events, newest first, 20 a page. */
export async function GET(request: NextRequest) {
  const { value, problems } = parseTimelineQuery(request.nextUrl.searchParams);
  if (problems.length) return badRequest(problems);
  const [page, { license }] = await Promise.all([getTimeline(value), getSite()]);
  if (value.page > page.pageCount) return badRequest([`Page ${value.page} does not exist; there are ${page.pageCount}.`]);
  const self = new URL(request.nextUrl.pathname + request.nextUrl.search, "http://x");
  const link = (n: number) => {
    self.searchParams.set("page", String(n));
    return `${self.pathname}${self.search}`;
  };
  return json(
    {
      data: page.items.map(toApiEvent),
      meta: { total: page.total, page: page.page, pageCount: page.pageCount, pageSize: page.pageSize },
      links: { ...(page.page > 1 ? { prev: link(page.page - 1) } : {}), ...(page.page < page.pageCount ? { next: link(page.page + 1) } : {}) },
      license,
    },
    200,
    licenseLink(license),
  );
}
