// An in-memory copy of the public pages, answered before Next's request pipeline runs (which
// costs about a millisecond per request even for a page Next has cached). It behaves as a shared
// HTTP cache would, on documented signals only: it keeps a 200 answer to a plain GET when Next's
// Cache-Control lets shared caches keep it (`s-maxage`, not private, no cookie), for that long
// and a minute at most. It is emptied whenever this instance learns that any tag expired (a
// publish here or on another instance: see cache/shared-cache.mjs), and it is out of use while
// the shared cache cannot hear of expiries. All copies together take at most ATLAS_PAGE_CACHE_MB
// (64 by default; the least recently used go first).

import { serverEnv } from "@atlas/next-config/server-env";

import { sharedCache } from "./cache/shared-cache.mjs";

const TTL_MS = 60_000;
const limit = { bytes: serverEnv.ATLAS_PAGE_CACHE_MB * 1024 * 1024 };

/** Changes the byte limit (tests). */
export const setPageCacheLimit = (bytes) => (limit.bytes = bytes);

/** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, expires: number }>} */
const cache = new Map();

// A publish that lands while a request is being answered must not let that answer (rendered
// from the old content) into the cache: copies are kept only if no clear happened meanwhile.
const state = { generation: 0, bytes: 0 };

export function clearPageCache() {
  state.generation++;
  cache.clear();
  state.bytes = 0;
}

const shared = sharedCache();
shared.onExpire(clearPageCache);

function forget(key) {
  const entry = cache.get(key);
  if (!entry) return;
  cache.delete(key);
  state.bytes -= entry.body.length;
}

/** Bytes the cached copies take now (for tests and the benchmark). */
export const pageCacheBytes = () => state.bytes;

/** Encodings this client can read, in our order of preference (a copy is kept per encoding). */
const encodingsFor = (acceptEncoding) => (/\bgzip\b/.test(acceptEncoding ?? "") ? ["gzip", "identity"] : ["identity"]);

/** Whether a request may be answered from (and stored in) the page cache. */
function cacheable(req) {
  if (req.method !== "GET") return false;
  const url = req.url ?? "/";
  if (url.includes("?") || url.startsWith("/_next/") || url.startsWith("/api/")) return false;
  // Client-side navigations ask for React Server Component payloads: always Next's business.
  return !(req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-router-prefetch"]);
}

/** Serves a cached copy; returns false when Next must answer (and records what it answers). */
export function servePageFromCache(req, res) {
  if (!cacheable(req) || !shared.healthy()) return false;
  for (const encoding of encodingsFor(req.headers["accept-encoding"])) {
    const key = `${req.url}|${encoding}`;
    const hit = cache.get(key);
    if (!hit) continue;
    if (hit.expires <= Date.now()) {
      forget(key);
      continue;
    }
    // Most recently used last: eviction takes from the front.
    cache.delete(key);
    cache.set(key, hit);
    res.writeHead(hit.status, hit.headers);
    res.end(hit.body);
    return true;
  }
  record(req.url, res);
  return false;
}

function record(url, res) {
  const generation = state.generation;
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  // Headers given to writeHead() do not show in getHeaders(): keep them too.
  let headArgs = {};
  res.writeHead = (status, ...rest) => {
    const given = rest.find((r) => r && typeof r === "object");
    if (given && !Array.isArray(given)) headArgs = Object.fromEntries(Object.entries(given).map(([k, v]) => [k.toLowerCase(), v]));
    return writeHead(status, ...rest);
  };
  res.write = (chunk, ...rest) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
    const headers = { ...res.getHeaders(), ...headArgs };
    const control = String(headers["cache-control"] ?? "");
    const sharedMaxAge = Number(/(?:^|,)\s*s-maxage=(\d+)/.exec(control)?.[1] ?? 0);
    const encoding = String(headers["content-encoding"] ?? "identity");
    if (
      generation === state.generation &&
      res.statusCode === 200 &&
      sharedMaxAge > 0 &&
      !/private|no-store|no-cache/.test(control) &&
      (encoding === "gzip" || encoding === "identity") &&
      !headers["set-cookie"]
    ) {
      const body = Buffer.concat(chunks);
      const key = `${url}|${encoding}`;
      forget(key);
      if (body.length <= limit.bytes / 8) {
        while (state.bytes + body.length > limit.bytes && cache.size) forget(cache.keys().next().value);
        const { "transfer-encoding": _t, connection: _c, ...kept } = headers;
        cache.set(key, { status: 200, headers: { ...kept, "x-atlas-page-cache": "HIT" }, body, expires: Date.now() + Math.min(TTL_MS, sharedMaxAge * 1000) });
        state.bytes += body.length;
      }
    }
    return end(chunk, ...rest);
  };
}
