// Next's cache handler (next.config.ts → cacheHandler), the documented interface for where the
// data cache (unstable_cache) and rendered pages and routes are kept: here, the shared cache.
// Next makes an instance per request; everything lasting lives in the shared cache.
import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";

import { sharedCache } from "./shared-cache.mjs";

const DAY = 24 * 3600;
// A render never takes longer (Next gives up on a page after a minute).
const RENDER_MS = 60_000;

/**
 * key → the expiry number this instance knew when it found the entry missing or stale, i.e.
 * before it read the database to render it again; the entry it then stores records that number.
 */
const pending = new Map();
let buildId = null;

function readBuildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir ?? "", "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

function markPending(key, seq) {
  const p = pending.get(key);
  if (!p || Date.now() - p.at > RENDER_MS) pending.set(key, { seq, at: Date.now() });
}

function tagsOf(data, ctx) {
  if (data?.kind === "FETCH") return [...new Set([...(ctx?.tags ?? []), ...(data.tags ?? [])])];
  const header = data?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",").filter(Boolean) : [];
}

/** Seconds Redis keeps an entry: its expiry, or twice its revalidation time, within a month. */
function ttlOf(data, cacheControl) {
  const revalidate = data?.kind === "FETCH" ? data.revalidate : cacheControl?.revalidate;
  const wanted = cacheControl?.expire ?? (typeof revalidate === "number" && revalidate > 0 ? 2 * revalidate : DAY);
  return Math.max(60, Math.min(30 * DAY, Math.round(wanted)));
}

export default class AtlasCacheHandler {
  constructor(ctx) {
    buildId ??= readBuildId(ctx?.serverDistDir);
    this.cache = sharedCache();
  }

  async get(key, ctx) {
    const cache = this.cache;
    // A fresh instance gives Redis a moment to connect; without it, pages come from the database.
    if (!cache.healthy()) await Promise.race([cache.ready, delay(1000)]);
    const seq = cache.sequence();
    const entry = await cache.get(`${buildId}/${key}`);
    if (!entry || cache.expiredSince(ctx?.softTags ?? [], entry.seq)) {
      markPending(key, seq);
      return null;
    }
    const revalidate = ctx?.revalidate ?? entry.cacheControl?.revalidate;
    // Past its revalidation time Next serves it once more and renders it again meanwhile.
    if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 < Date.now()) markPending(key, seq);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    const p = pending.get(key);
    pending.delete(key);
    const seq = p && Date.now() - p.at <= RENDER_MS ? p.seq : this.cache.sequence();
    const entry = { lastModified: Date.now(), seq, tags: tagsOf(data, ctx), cacheControl: ctx?.cacheControl, value: data };
    await this.cache.set(`${buildId}/${key}`, entry, ttlOf(data, ctx?.cacheControl));
  }

  /** Every expiry counts at once (a request for stale-while-revalidate is treated as expired). */
  async revalidateTag(tags) {
    await this.cache.expire([tags].flat());
  }

  resetRequestCache() {}
}
