import { describe, expect, it } from "vitest";

import { parseCountriesQuery, parseSearchQuery, parseTimelineQuery, type RawParams } from "@atlas/core/public";

import { ROUTE_PARAMS } from "../query-params.mjs";

/** The parameters a parser reads, found by watching which keys it looks up. */
function readBy(parse: (params: RawParams) => unknown): string[] {
  const read = new Set<string>();
  parse(new Proxy({}, { get: (_t, key) => (typeof key === "string" && read.add(key), undefined) }));
  return [...read].sort();
}

// The web server drops query parameters a route does not read before Next sees them: its list
// must be exactly what the pages' parsers read, or a filter would silently stop working.
describe("the query parameters the server keeps", () => {
  it.each([
    ["/timeline", (p: RawParams) => parseTimelineQuery(p)],
    ["/api/v1/events", (p: RawParams) => parseTimelineQuery(p)],
    ["/countries", (p: RawParams) => parseCountriesQuery(p, [])],
    ["/api/v1/countries", (p: RawParams) => parseCountriesQuery(p, [])],
    ["/search", (p: RawParams) => parseSearchQuery(p)],
  ])("are those %s reads", (route, parse) => {
    expect([...ROUTE_PARAMS[route]!].sort()).toEqual(readBy(parse));
  });
});
