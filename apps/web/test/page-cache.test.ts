import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { clearPageCache, pageCacheBytes, servePageFromCache, setPageCacheLimit } from "../page-cache.mjs";
import { canonicalTarget } from "../query-params.mjs";

// The page cache in front of Next, around a stand-in for Next that counts what reaches it.
describe("the page cache in front of Next", () => {
  let base = "";
  let reached = 0;
  let version = 1;
  let release: (() => void) | null = null;
  let hold = true;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.url = canonicalTarget(req.url ?? "/");
    if (servePageFromCache(req, res)) return;
    reached++;
    const send = () => {
      const cached = !req.url?.startsWith("/dynamic");
      res.writeHead(200, {
        "content-type": "text/html",
        ...(cached ? { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=31536000" } : { "cache-control": "private, no-store" }),
      });
      res.end(`<p>version ${version}</p>`);
    };
    if (req.url === "/slow" && hold) {
      hold = false;
      release = send;
    } else send();
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers }).then(async (r) => ({ body: await r.text(), cache: r.headers.get("x-atlas-page-cache") }));

  it("answers a page Next had cached from memory the second time, and again after a publish from Next", async () => {
    expect(await get("/countries/china")).toEqual({ body: "<p>version 1</p>", cache: null });
    expect(await get("/countries/china")).toEqual({ body: "<p>version 1</p>", cache: "HIT" });
    expect(reached).toBe(1);
    version = 2;
    clearPageCache();
    expect((await get("/countries/china")).body).toBe("<p>version 2</p>");
    expect(reached).toBe(2);
  });

  it("leaves dynamic pages, queries, API calls and client navigations to Next", async () => {
    const before = reached;
    for (const path of ["/dynamic", "/dynamic", "/timeline?year=2011", "/timeline?year=2011", "/api/v1/events", "/api/v1/events"]) await get(path);
    await get("/countries/japan", { rsc: "1" });
    await get("/countries/japan", { rsc: "1" });
    expect(reached - before).toBe(8);
  });

  it("never keeps a page rendered before a publish that landed while it was being sent", async () => {
    const pending = get("/slow");
    while (!release) await new Promise((r) => setTimeout(r, 5));
    version = 3;
    clearPageCache();
    release();
    // It reaches its reader (the content was current when Next answered) but is not kept.
    expect((await pending).body).toBe("<p>version 3</p>");
    const before = reached;
    expect((await get("/slow")).cache).toBeNull();
    expect(reached).toBe(before + 1);
  });

  it("answers a page with made-up query parameters from the same cached copy", async () => {
    await get("/countries/russia");
    const before = reached;
    for (let i = 0; i < 20; i++) expect((await get(`/countries/russia?v=${i}&utm_source=x`)).cache).toBe("HIT");
    expect(reached).toBe(before);
  });

  it("keeps at most its byte limit, dropping the pages read least recently", async () => {
    clearPageCache();
    setPageCacheLimit(16 * "<p>version 3</p>".length);
    try {
      for (let i = 0; i < 40; i++) await get(`/pages/${i}`);
      expect(pageCacheBytes()).toBeLessThanOrEqual(16 * "<p>version 3</p>".length);
      expect((await get("/pages/39")).cache).toBe("HIT");
      expect((await get("/pages/0")).cache).toBeNull();
    } finally {
      setPageCacheLimit(64 * 1024 * 1024);
    }
  });
});

describe("query parameters", () => {
  it("keeps those the route reads, in a fixed order, and drops the rest", () => {
    expect(canonicalTarget("/countries/russia?v=1")).toBe("/countries/russia");
    expect(canonicalTarget("/search?utm=1&page=2&q=biden")).toBe("/search?q=biden&page=2");
    expect(canonicalTarget("/timeline?year=2011&year=2012&x=1")).toBe("/timeline?year=2011");
    expect(canonicalTarget("/countries/japan?_rsc=abc&z=1")).toBe("/countries/japan?_rsc=abc");
    expect(canonicalTarget("/api/v1/events?country=russia&page=2&callback=x")).toBe("/api/v1/events?country=russia&page=2");
  });
});
