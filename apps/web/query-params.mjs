// The query parameters each public address reads; every other one is dropped before Next or the
// page cache see the request, so `/countries/russia?v=123` is the cached `/countries/russia`
// (a stream of made-up parameters cannot push pages out of the cache or tie up the renderer).
// core's query parsers read the same names (apps/web/test/query-params.test.ts keeps them in step).

export const ROUTE_PARAMS = {
  "/countries": ["region", "mission", "before", "unknown", "on", "status"],
  "/timeline": ["from", "to", "year", "type", "country", "page"],
  "/search": ["q", "page"],
  "/changes": ["page", "since"],
  "/api/v1/countries": ["region", "mission", "before", "unknown", "on", "status", "as-of"],
  "/api/v1/events": ["from", "to", "year", "type", "country", "page"],
};

// Addresses with a slug: an entry's page reads `as-of` (next.config.ts sends it to the version's
// own address), and so does one country's API answer.
const PATTERN_PARAMS = [
  [/^\/(countries|events|organizations|people)\/[^/]+$/, ["as-of"]],
  [/^\/api\/v1\/countries\/[^/]+$/, ["as-of"]],
];

/** The query parameters the route at this path reads. */
export function paramsOf(path) {
  const route = path.replace(/\/$/, "") || "/";
  return ROUTE_PARAMS[route] ?? PATTERN_PARAMS.find(([pattern]) => pattern.test(route))?.[1] ?? [];
}

// Next's own: client navigations ask for a page's React Server Component payload with it.
const NEXT_PARAMS = ["_rsc"];

/** The request target with only the query parameters its route reads (the first of each). */
export function canonicalTarget(target) {
  const q = target.indexOf("?");
  if (q < 0) return target;
  const path = target.slice(0, q);
  const keep = [...paramsOf(path), ...NEXT_PARAMS];
  const given = new URLSearchParams(target.slice(q + 1));
  const kept = new URLSearchParams();
  for (const name of keep) {
    const value = given.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}
