// What shared caches in front of the site (a CDN, the page cache in server.mjs) may do with a
// public answer: keep it for an hour, and be purged by surrogate keys named after the cache tags
// that publishing expires (core's TAGS; the outbox sends them to /api/revalidate and to the
// purge hook). Keys are derived from the address, so 404s carry the key of the page that would
// be there. apps/web/test/cache-policy.test.ts keeps them equal to the tags the pages' reads use.

/** Shared caches keep an answer an hour (a purge ends it sooner), and may serve it a minute past that while fetching it again. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=3600, stale-while-revalidate=60";

const PAGED = { countries: "country", events: "event", organizations: "organization", people: "person" };

/** Versions of pages (/countries/china/as-of/2026-12-01) never change: kept a year, under a key no publish purges. */
export const VERSION_CACHE_CONTROL = "public, max-age=3600, s-maxage=31536000, immutable";
export const VERSION_KEY = "as-of";
const VERSION = /^\/(?:countries|events|organizations|people)\/[^/]+\/as-of\/([^/]+)$/;
/** A moment that may still gain a publish stamped before it (core's SETTLED_AFTER_MS): its page is not final yet. */
const SETTLED_AFTER_MS = 60_000;

// The API answers as of a moment too: /api/v1/countries[/china]?as-of=2026-12-01.
const API_VERSION = /^\/api\/v1\/countries(?:\/[^/]+)?$/;

/** The moment a request target names when it asks for a version (null: it does not). */
function versionMoment(target) {
  const [pathname, query = ""] = target.split("?");
  const path = pathname.replace(/\/$/, "");
  const m = VERSION.exec(path);
  if (m) return decodeURIComponent(m[1]);
  return API_VERSION.test(path) ? new URLSearchParams(query).get("as-of") || null : null;
}

/** For a request target (path and query): whether the moment of the version it asks for has settled (null: not a version). */
export function versionSettled(target, now = Date.now()) {
  const raw = versionMoment(target);
  if (raw === null) return null;
  const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T23:59:59.999Z` : raw);
  // Not a moment: the page answers 404 (the API 400), for good.
  return Number.isNaN(at) || at <= now - SETTLED_AFTER_MS;
}

/** The cache tags an answer to a request target (path, and the query when it names a version) depends on. */
export function surrogateKeys(target) {
  if (versionSettled(target) !== null) return [VERSION_KEY];
  const path = target.split("?")[0].replace(/\/$/, "") || "/";
  // Pages show the site's title and focus country (the layout): "site". Every read carries "atlas".
  const page = (...tags) => ["atlas", "site", ...tags];
  const data = (...tags) => ["atlas", ...tags];
  let m;
  if ((m = /^\/(countries|events|organizations|people)\/([^/]+)$/.exec(path))) return page(`${PAGED[m[1]]}:${m[2]}`);
  if ((m = /^\/api\/v1\/countries\/([^/]+)$/.exec(path))) return data(`country:${m[1]}`);
  if (path === "/countries") return page("countries");
  if (path === "/timeline") return page("countries", "timeline");
  if (path === "/organizations") return page("organizations");
  if (path === "/api/v1/countries") return data("countries");
  if (path === "/api/v1/events") return data("timeline");
  if (path.startsWith("/api/v1/export")) return data("exports");
  if (path.startsWith("/feeds/")) return data("feeds");
  if (path === "/sitemap.xml") return data("countries", "exports");
  if (path.startsWith("/api/")) return data();
  return page();
}

/**
 * Sets the caching headers of a public GET answer before Next runs (Next keeps a Cache-Control
 * that is already set, and replaces it where it must: a 404 is `private`). A server error must
 * never be kept by a CDN for an hour, so its answer is marked `no-store` as it is sent.
 */
export function setPublicCacheHeaders(res, target) {
  const keys = surrogateKeys(target);
  const settled = versionSettled(target);
  const policy = settled === null ? PUBLIC_CACHE_CONTROL : settled ? VERSION_CACHE_CONTROL : "no-store";
  res.setHeader("cache-control", policy);
  res.setHeader("cache-tag", keys.join(","));
  res.setHeader("surrogate-key", keys.join(" "));
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status >= 500 && this.getHeader("cache-control") === policy) this.setHeader("cache-control", "no-store");
    return writeHead.call(this, status, ...rest);
  };
}
