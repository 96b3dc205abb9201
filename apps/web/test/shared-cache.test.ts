import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startRedis, type TestRedis } from "@atlas/vitest/redis-server";

import { ByteLru } from "../cache/l1.mjs";
import { createSharedCache } from "../cache/shared-cache.mjs";

type Cache = ReturnType<typeof createSharedCache>;
const entry = (cache: Cache, tags: string[], value: unknown) => ({ seq: cache.sequence(), tags, lastModified: Date.now(), value });

async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - start;
}

// Two instances of the site, as two shared caches over one real Redis (Debian's redis-server).
describe("the shared cache over Redis", () => {
  let redis: TestRedis;
  const caches: Cache[] = [];
  const open = async (prefix: string) => {
    const cache = createSharedCache({ redisUrl: redis.url, l1Bytes: 1024 * 1024, prefix });
    caches.push(cache);
    await cache.ready;
    return cache;
  };
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(caches.map((c) => c.close()));
    await redis?.stop();
  });

  it("serves what one instance rendered to the other, and keeps Buffers and Maps intact", async () => {
    const [a, b] = [await open("t1"), await open("t1")];
    const value = { kind: "APP_PAGE", html: Buffer.from("<p>China</p>"), segments: new Map([["/a", Buffer.from("x")]]) };
    await a.set("/countries/china", entry(a, ["country:china"], value), 60);
    const got = (await b.get("/countries/china"))!.value as typeof value;
    expect(got.html.toString()).toBe("<p>China</p>");
    expect(got.segments.get("/a")!.toString()).toBe("x");
  });

  it("expires a tag on every instance within a second, and tells each one", async () => {
    const [a, b] = [await open("t2"), await open("t2")];
    await b.set("/countries/china", entry(b, ["atlas", "country:china"], "old"), 60);
    await b.set("/countries/japan", entry(b, ["atlas", "country:japan"], "japan"), 60);
    expect((await a.get("/countries/china"))?.value).toBe("old");
    const heard: string[][] = [];
    b.onExpire((tags) => tags && heard.push(tags));
    await a.expire(["country:china"]);
    const ms = await within(1000, async () => (await b.get("/countries/china")) === null);
    expect(ms).toBeLessThan(1000);
    expect(heard).toEqual([["country:china"]]);
    expect(await a.get("/countries/china")).toBeNull();
    expect((await b.get("/countries/japan"))?.value).toBe("japan");
  });

  it("never keeps as fresh a page whose render started before an expiry", async () => {
    const [a, b] = [await open("t3"), await open("t3")];
    const startedAt = b.sequence();
    await a.expire(["country:russia"]);
    await within(1000, async () => b.sequence() > startedAt);
    await b.set("/countries/russia", { seq: startedAt, tags: ["country:russia"], lastModified: Date.now(), value: "rendered from old data" }, 60);
    expect(await b.get("/countries/russia")).toBeNull();
    expect(await a.get("/countries/russia")).toBeNull();
  });

  it("knows, after a restart, the expiries made while it was away", async () => {
    const a = await open("t4");
    await a.set("/countries/cuba", entry(a, ["country:cuba"], "before"), 60);
    await a.expire(["country:cuba"]);
    const restarted = await open("t4");
    expect(await restarted.get("/countries/cuba")).toBeNull();
  });

  it("answers nothing from the cache while Redis is down, and refuses to confirm expiries", async () => {
    const own = await startRedis();
    const cache = createSharedCache({ redisUrl: own.url, l1Bytes: 1024 * 1024, prefix: "t5" });
    caches.push(cache);
    await cache.ready;
    await cache.set("/", entry(cache, ["site"], "home"), 60);
    expect((await cache.get("/"))?.value).toBe("home");
    await own.stop();
    await within(2000, async () => !cache.healthy());
    expect(await cache.get("/")).toBeNull();
    await expect(cache.expire(["site"])).rejects.toThrow(/unavailable/);
  });
});

describe("the shared cache without Redis (one process)", () => {
  it("keeps entries in memory and expires them by tag", async () => {
    const cache = createSharedCache({ l1Bytes: 1024 * 1024 });
    expect(cache.mode).toBe("memory");
    await cache.set("k", entry(cache, ["country:china"], "v"), 60);
    expect((await cache.get("k"))?.value).toBe("v");
    await cache.expire(["country:china"]);
    expect(await cache.get("k")).toBeNull();
  });

  it("holds at most its byte budget, dropping the least recently used", () => {
    const lru = new ByteLru(1000);
    lru.set("a", "a", 100);
    lru.set("b", "b", 100);
    lru.get("a");
    for (let i = 0; i < 9; i++) lru.set(`x${i}`, i, 100);
    expect(lru.bytes).toBeLessThanOrEqual(1000);
    expect(lru.get("a")).toBe("a");
    expect(lru.get("b")).toBeUndefined();
    lru.set("huge", "h", 200);
    expect(lru.get("huge")).toBeUndefined();
  });
});
