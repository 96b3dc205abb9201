import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { purgeCdn } from "../src/lib/cdn-purge.ts";

// The purge hook against a stand-in CDN that records what it is asked to purge.
describe("the CDN purge hook", () => {
  const received: { auth: string | undefined; body: unknown }[] = [];
  let status = 200;
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(status).end();
    });
  });
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("posts the expired tags, which are the answers' surrogate keys, with the token", async () => {
    expect(await purgeCdn(url, "t0ken", ["country:china", "site"])).toBeNull();
    expect(received.at(-1)).toEqual({ auth: "Bearer t0ken", body: { tags: ["country:china", "site"] } });
  });

  it("reports a refusal or no answer, so the refresh is retried", async () => {
    status = 500;
    expect(await purgeCdn(url, undefined, ["site"])).toMatch(/HTTP 500/);
    expect(await purgeCdn("http://127.0.0.1:1/purge", undefined, ["site"])).toMatch(/did not answer/);
  });
});
