import { describe, expect, it } from "vitest";

import { parseCountriesQuery, parseSearchQuery, parseTimelineQuery, type RawParams } from "@atlas/core/public";

import { canonicalTarget, ROUTE_PARAMS } from "../query-params.mjs";

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
    // The API also reads the moment it answers for (asOfParam).
    ["/api/v1/countries", (p: RawParams) => [parseCountriesQuery(p, []), (p as Record<string, unknown>)["as-of"]]],
    ["/search", (p: RawParams) => parseSearchQuery(p)],
  ])("are those %s reads", (route, parse) => {
    expect([...ROUTE_PARAMS[route]!].sort()).toEqual(readBy(parse));
  });

  it("keep the moment a reader asks an entry's page or a country's API answer for, and nothing else", () => {
    for (const path of ["/countries/china", "/events/2011-08-biden-visit", "/organizations/un", "/people/mike-johanns", "/api/v1/countries/china"]) {
      expect(canonicalTarget(`${path}?as-of=2026-12-01&utm=x`)).toBe(`${path}?as-of=2026-12-01`);
    }
    expect(canonicalTarget("/countries/china/as-of/2026-12-01?as-of=2026-12-01")).toBe("/countries/china/as-of/2026-12-01");
    expect(canonicalTarget("/changes?page=%2Fcountries%2Fchina&since=2026-12-01&x=1")).toBe("/changes?page=%2Fcountries%2Fchina&since=2026-12-01");
    expect(canonicalTarget("/countries?on=2000-01-01&status=relations&x=1")).toBe("/countries?on=2000-01-01&status=relations");
  });
});
