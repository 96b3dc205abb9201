// The cache every instance of the public site shares: Next's cache handler (cache-handler.mjs)
// keeps its entries here, the page cache in front of Next (page-cache.mjs) listens to it, and
// /api/revalidate expires tags through it. With REDIS_URL, entries live in Redis with a bounded
// copy in memory, and an expired tag is known to every instance within a second (pub/sub, with a
// check of the expiry sequence every second in case a message is lost). Without it, everything
// lives in this process, as on one machine.
//
// Tag expiries are numbered (one sequence for the site, kept in Redis), and every entry records
// the last number its instance knew when it started rendering: an entry is valid while none of
// its tags expired after that. No clocks are compared, and a render that read the database just
// before a publish can never be kept as fresh.
import { serverEnv } from "@atlas/next-config/server-env";

import { decode, encode } from "./codec.mjs";
import { ByteLru } from "./l1.mjs";
import { connectRedis } from "./redis-store.mjs";

const SINGLETON = Symbol.for("atlas.sharedCache");

/**
 * The process's shared cache. One per process even though Next's bundles and plain Node may each
 * load a copy of this module.
 */
export function sharedCache() {
  return (globalThis[SINGLETON] ??= createSharedCache({
    // `next build` prerenders without Redis: a build must not depend on, or write to, the cache.
    redisUrl: serverEnv.NEXT_PHASE === "phase-production-build" ? undefined : serverEnv.REDIS_URL,
    l1Bytes: serverEnv.ATLAS_CACHE_MB * 1024 * 1024,
  }));
}

export function createSharedCache({ redisUrl, l1Bytes, prefix = "atlas" }) {
  const l1 = new ByteLru(l1Bytes);
  /** tag → number of its last expiry */
  const expiredAt = new Map();
  let latest = 0;
  const listeners = new Set();
  const notify = (tags) => listeners.forEach((listener) => listener(tags));

  const learn = (pairs) => {
    const changed = [];
    for (const [tag, seq] of pairs) {
      if (seq > (expiredAt.get(tag) ?? 0)) {
        expiredAt.set(tag, seq);
        changed.push(tag);
      }
      latest = Math.max(latest, seq);
    }
    if (changed.length) notify(changed);
  };
  const redis = redisUrl ? connectRedis(redisUrl, prefix, { onExpired: learn, onStateChange: () => notify(null) }) : null;
  const isValid = (entry) => entry.tags.every((tag) => (expiredAt.get(tag) ?? 0) <= entry.seq);

  return {
    mode: redis ? "redis" : "memory",
    /** Resolves once the cache can answer (at once without Redis). */
    ready: redis ? redis.ready : Promise.resolve(),
    /**
     * Whether answers from the cache are known to be current. While Redis is unreachable an
     * instance cannot hear of expiries, so nothing is answered from the cache until it is back.
     */
    healthy: () => !redis || redis.healthy(),
    /** The number of the last expiry this instance knows of: entries rendered now record it. */
    sequence: () => latest,
    /** Whether any of `tags` expired after expiry number `seq`. */
    expiredSince: (tags, seq) => tags.some((tag) => (expiredAt.get(tag) ?? 0) > seq),
    /** A valid entry, or null. */
    async get(key) {
      if (redis && !redis.healthy()) return null;
      const local = l1.get(key);
      if (local && isValid(local)) return local;
      l1.delete(key);
      if (!redis) return null;
      const text = await redis.get(key).catch(() => null);
      if (!text) return null;
      const entry = decode(text);
      if (!isValid(entry)) return null;
      l1.set(key, entry, text.length);
      return entry;
    },
    /** Keeps an entry: `{ seq, tags, ... }`, for `ttlSeconds` in Redis. */
    async set(key, entry, ttlSeconds) {
      const text = encode(entry);
      l1.set(key, entry, text.length);
      if (redis?.healthy()) await redis.set(key, text, ttlSeconds).catch((error) => console.error(`Shared cache: could not store ${key}: ${error.message}`));
    },
    /**
     * Expires `tags` on every instance. Resolves once Redis recorded it (the caller may then
     * report the refresh done); throws when it could not, so that the refresh is retried.
     */
    async expire(tags) {
      if (!tags.length) return;
      if (redis) {
        if (!redis.healthy()) throw new Error("the shared cache (Redis) is unavailable");
        const seq = await redis.expire(tags);
        learn(tags.map((tag) => [tag, seq]));
      } else learn(tags.map((tag) => [tag, latest + 1]));
    },
    /** Calls `listener(tags)` after every expiry this instance learns of; `null` means "anything may have changed". */
    onExpire(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Bytes the in-memory copy takes. */
    memoryBytes: () => l1.bytes,
    close: async () => {
      await redis?.close();
    },
  };
}
