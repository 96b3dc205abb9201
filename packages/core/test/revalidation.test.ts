import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { ForbiddenError, NotFoundError, StateError } from "../src/errors.ts";
import type { AnyPayload } from "../src/kinds/registry.ts";
import { enqueueRevalidation, MAX_ATTEMPTS, processRevalidationJobs } from "../src/revalidation/outbox.ts";
import { publicSiteSender } from "../src/revalidation/public-site-sender.ts";
import { databaseReplayGuard } from "../src/revalidation/replay-guard.ts";
import { retryRevalidationJob } from "../src/revalidation/retry-revalidation-job.ts";
import { checkSignature, SIGNATURE_HEADERS, signRequest } from "../src/revalidation/signature.ts";
import { describeTag, tagsForChange } from "../src/revalidation/tags.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

const SECRET = "a-shared-secret-of-some-length";
const AT = { lsn: "0/16B3740" };
const T0 = 1_800_000_000_000;

/** A request as the admin app signs it at `at`, checked by the public site at `now`. */
function signed(body: string, at: number) {
  const h = signRequest(SECRET, body, at);
  return { timestamp: h[SIGNATURE_HEADERS.timestamp]!, signature: h[SIGNATURE_HEADERS.signature]! };
}

describe("signed page refreshes (what /api/revalidate accepts)", () => {
  const t = freshDatabase("seeded");
  // Each test starts with no signature used yet (the site's guard, over this database).
  const guard = databaseReplayGuard(() => t.db);
  beforeEach(() => t.db.usedSignature.deleteMany());

  it("accepts a request signed now, once; a replay of it is refused", async () => {
    const req = { secret: SECRET, body: '{"tags":["site"]}', guard, ...signed('{"tags":["site"]}', T0) };
    expect(req.timestamp).toBe(String(T0 / 1000));
    expect(req.signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(await checkSignature({ ...req, now: T0 })).toBeNull();
    expect(await checkSignature({ ...req, now: T0 + 1000 })).toBe("This request was already received once.");
  });

  it("refuses a request without a secret on the site, unsigned, with a malformed time or a wrong signature", async () => {
    const good = { secret: SECRET, body: "{}", guard, now: T0, ...signed("{}", T0) };
    expect(await checkSignature({ ...good, secret: undefined })).toBe("This site has no REVALIDATE_SECRET.");
    expect(await checkSignature({ ...good, secret: "" })).toBe("This site has no REVALIDATE_SECRET.");
    expect(await checkSignature({ ...good, timestamp: null })).toBe("The request is not signed.");
    expect(await checkSignature({ ...good, signature: null })).toBe("The request is not signed.");
    for (const timestamp of ["12a", " 1800000000", "1800000000 ", "-1800000000", "1".repeat(13)])
      expect(await checkSignature({ ...good, timestamp }), timestamp).toBe("The request's time is malformed.");
    expect(await checkSignature({ ...good, body: '{"tags":["atlas"]}' })).toBe("The signature does not match.");
    expect(await checkSignature({ ...good, secret: "another-secret" })).toBe("The signature does not match.");
    expect(await checkSignature({ ...good, signature: good.signature.slice(0, -1) })).toBe("The signature does not match.");
    expect(await checkSignature({ ...good, signature: `${good.signature.slice(0, -1)}${good.signature.endsWith("0") ? "1" : "0"}` })).toBe("The signature does not match.");
    // None of the refusals used the signature up.
    expect(await checkSignature(good)).toBeNull();
  });

  it("accepts a request up to 60 seconds away from the site's clock, either way, and no further", async () => {
    const away = "The request's time is more than 60 seconds away from this site's clock.";
    const at = (ms: number) => checkSignature({ secret: SECRET, body: "{}", guard, now: T0, ...signed("{}", T0 + ms) });
    expect(await at(-60_000)).toBeNull();
    expect(await at(60_000)).toBeNull();
    expect(await at(-61_000)).toBe(away);
    expect(await at(61_000)).toBe(away);
  });
});

describe("the sender the admin app uses to tell the public site", () => {
  const received: { method: string | undefined; headers: IncomingHttpHeaders; body: string }[] = [];
  let answer = { status: 204, body: "" };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ method: req.method, headers: req.headers, body });
      // A body shorter than announced: the connection ends before the answer can be read.
      if (req.url?.endsWith("?truncate=1")) {
        res.writeHead(answer.status, { "content-length": "1000" });
        res.write(answer.body, () => res.destroy());
      } else res.writeHead(answer.status).end(answer.body);
    });
  });
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("posts the tags as JSON, signed so that the site accepts them", async () => {
    answer = { status: 204, body: "" };
    await publicSiteSender({ revalidateUrl: url, secret: SECRET })(["site", "country:china"], AT);
    const got = received.at(-1)!;
    expect(got.method).toBe("POST");
    // The primary's log position goes along: a site on read replicas confirms once they have it.
    expect(JSON.parse(got.body)).toEqual({ tags: ["site", "country:china"], lsn: AT.lsn });
    expect(got.headers["content-type"]).toBe("application/json");
    const check = {
      secret: SECRET,
      body: got.body,
      timestamp: got.headers[SIGNATURE_HEADERS.timestamp] as string,
      signature: got.headers[SIGNATURE_HEADERS.signature] as string,
      guard: { firstUse: () => Promise.resolve(true) },
    };
    expect(await checkSignature(check)).toBeNull();
  });

  it("fails with the site's answer when the site refuses", async () => {
    answer = { status: 401, body: `The signature does not match.${"x".repeat(300)}` };
    const error = await publicSiteSender({ revalidateUrl: url, secret: SECRET })(["site"], AT).catch((e: Error) => e);
    expect((error as Error).message).toBe(`The public site refused the refresh: HTTP 401 The signature does not match.${"x".repeat(200 - 29)}`);
  });

  it("fails with the status alone when the site's answer cannot be read", async () => {
    answer = { status: 500, body: "cut short" };
    const error = await publicSiteSender({ revalidateUrl: `${url}?truncate=1`, secret: SECRET })(["site"], AT).catch((e: Error) => e);
    expect((error as Error).message).toBe("The public site refused the refresh: HTTP 500 ");
  });

  it("fails naming the address when the site does not answer, and when no secret is set", async () => {
    const down = "http://127.0.0.1:9/api/revalidate";
    const error = (await publicSiteSender({ revalidateUrl: down, secret: SECRET })(["site"], AT).catch((e: unknown) => e)) as Error;
    // The network's own error is kept for the logs.
    expect(error.cause).toBeInstanceOf(Error);
    await expect(publicSiteSender({ revalidateUrl: down, secret: SECRET })(["site"], AT)).rejects.toThrow(
      /^The public site did not answer at http:\/\/127\.0\.0\.1:9\/api\/revalidate \(.+\)\.$/,
    );
    const before = received.length;
    await expect(publicSiteSender({ revalidateUrl: url, secret: undefined })(["site"], AT)).rejects.toThrow(
      "REVALIDATE_SECRET is not set: the public site cannot be told to refresh.",
    );
    expect(received.length).toBe(before);
  });
});

describe("the outbox of page refreshes", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
    // Only this file's jobs: the seed's own refreshes are not what these tests are about.
    await t.db.revalidationJob.deleteMany({});
  });
  const job = (id: string) => t.db.revalidationJob.findUniqueOrThrow({ where: { id } });
  const enqueue = (tags: string[], reason = "test") => t.db.$transaction((tx) => enqueueRevalidation(tx, { tags, reason }));

  it("sends due jobs oldest first, marks them done, and leaves jobs not yet due for later", async () => {
    const first = await enqueue(["first"]);
    const second = await enqueue(["second"]);
    const later = await enqueue(["later"]);
    await t.db.revalidationJob.update({ where: { id: later }, data: { nextAttemptAt: new Date(Date.now() + 3_600_000) } });
    const sent: string[][] = [];
    expect(await processRevalidationJobs({ db: t.db, send: async (tags) => void sent.push(tags) })).toEqual({ done: 2, failed: 0 });
    expect(sent).toEqual([["first"], ["second"]]);
    for (const id of [first, second]) expect(await job(id)).toMatchObject({ status: "DONE", attempts: 1, lastError: null, doneAt: expect.any(Date) });
    expect(await job(later)).toMatchObject({ status: "PENDING", attempts: 0, doneAt: null });
    // Asked by id, a job is sent at once, due or not.
    expect(await processRevalidationJobs({ db: t.db, send: async (tags) => void sent.push(tags), ids: [later] })).toEqual({ done: 1, failed: 0 });
    expect(sent.at(-1)).toEqual(["later"]);
    // A job that is done is not sent again.
    expect(await processRevalidationJobs({ db: t.db, send: async (tags) => void sent.push(tags), ids: [first] })).toEqual({ done: 0, failed: 0 });
  });

  it("sends only the jobs asked for by id, and due jobs oldest first even after one of them failed once", async () => {
    await t.db.revalidationJob.deleteMany({});
    const older = await enqueue(["older"]);
    const newer = await enqueue(["newer"]);
    const sent: string[][] = [];
    const record = async (tags: string[]) => void sent.push(tags);
    expect(await processRevalidationJobs({ db: t.db, send: record, ids: [newer] })).toEqual({ done: 1, failed: 0 });
    expect(sent).toEqual([["newer"]]);
    expect((await job(older)).status).toBe("PENDING");
    const third = await enqueue(["third"]);
    await processRevalidationJobs({ db: t.db, send: () => Promise.reject(new Error("down")), ids: [older] });
    await processRevalidationJobs({ db: t.db, send: record, now: new Date(Date.now() + 3_600_000) });
    expect(sent.slice(1)).toEqual([["older"], ["third"]]);
    expect((await job(third)).status).toBe("DONE");
  });

  it("remembers which revision a refresh follows", async () => {
    const revision = await t.db.revision.findFirstOrThrow({ select: { id: true } });
    const id = await t.db.$transaction((tx) => enqueueRevalidation(tx, { tags: ["site"], reason: "approval", revisionId: revision.id }));
    expect(await job(id)).toMatchObject({ revisionId: revision.id, reason: "approval", tags: ["site"] });
    expect((await job(await enqueue(["site"]))).revisionId).toBeNull();
  });

  it("waits 1, 2, 4, 8, 16 s between tries, records why each failed, then gives up and tells the admins", async () => {
    const id = await enqueue(["site"], "an edit");
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const before = Date.now();
      expect(await processRevalidationJobs({ db: t.db, send: () => Promise.reject(new Error(`down ${attempt}`)), ids: [id] })).toEqual({ done: 0, failed: 1 });
      const row = await job(id);
      expect([row.attempts, row.lastError, row.status]).toEqual([attempt, `down ${attempt}`, attempt < MAX_ATTEMPTS ? "PENDING" : "FAILED"]);
      waits.push(Math.round((row.nextAttemptAt.getTime() - before) / 1000));
      const audits = await t.db.auditLog.findMany({ where: { action: "revalidation.failed", targetId: id } });
      expect(audits.length).toBe(attempt < MAX_ATTEMPTS ? 0 : 1);
      if (audits.length) expect([audits[0]!.actorId, audits[0]!.targetType, audits[0]!.data]).toEqual([null, "RevalidationJob", { reason: "an edit", error: "down 6" }]);
    }
    expect(MAX_ATTEMPTS).toBe(6);
    expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    // Given up: not sent again until an admin retries it.
    expect(await processRevalidationJobs({ db: t.db, send: () => Promise.resolve(), ids: [id] })).toEqual({ done: 0, failed: 0 });
  });

  it("keeps a long reason short", async () => {
    const id = await enqueue(["site"]);
    await t.db.revalidationJob.update({ where: { id }, data: { attempts: 2 } });
    await processRevalidationJobs({ db: t.db, send: () => Promise.reject(new Error("x".repeat(2000))), ids: [id] });
    expect((await job(id)).lastError).toBe("x".repeat(500));
  });

  it("clears the reason of an earlier failure once a refresh goes through", async () => {
    const id = await enqueue(["site"]);
    await processRevalidationJobs({ db: t.db, send: () => Promise.reject(new Error("down")), ids: [id] });
    expect((await job(id)).lastError).toBe("down");
    await processRevalidationJobs({ db: t.db, send: () => Promise.resolve(), ids: [id] });
    expect(await job(id)).toMatchObject({ status: "DONE", attempts: 2, lastError: null });
  });

  it("records what was thrown when it is not an Error", async () => {
    const id = await enqueue(["site"]);
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a sender rejecting with something other than an Error is the case under test
    await processRevalidationJobs({ db: t.db, send: () => Promise.reject("refused"), ids: [id] });
    expect((await job(id)).lastError).toBe("refused");
  });

  it("sends at most 50 jobs a round, so one round cannot run for ever", async () => {
    await t.db.revalidationJob.deleteMany({});
    await t.db.revalidationJob.createMany({ data: Array.from({ length: 51 }, (_, i) => ({ tags: [`t${i}`], reason: "bulk" })) });
    let sent = 0;
    expect(await processRevalidationJobs({ db: t.db, send: async () => void sent++ })).toEqual({ done: 50, failed: 0 });
    expect(await t.db.revalidationJob.count({ where: { status: "PENDING" } })).toBe(1);
  });

  it("lets only an admin send a failed refresh again, which starts its tries afresh and is audited", async () => {
    const id = (await t.db.revalidationJob.create({ data: { tags: ["site"], reason: "a takedown", status: "FAILED", attempts: 6, lastError: "down" } })).id;
    await expect(retryRevalidationJob({ db: t.db, actor: a.editor, input: { jobId: id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(retryRevalidationJob({ db: t.db, actor: null, input: { jobId: id } })).rejects.toThrow();
    expect((await job(id)).status).toBe("FAILED");
    const before = Date.now();
    expect(await retryRevalidationJob({ db: t.db, actor: a.admin, input: { jobId: id } })).toEqual({ jobId: id });
    const row = await job(id);
    expect([row.status, row.attempts]).toEqual(["PENDING", 0]);
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "revalidation.retry", targetId: id } });
    expect([audit.actorId, audit.targetType, audit.data]).toEqual([a.admin.id, "RevalidationJob", { reason: "a takedown" }]);
    await expect(retryRevalidationJob({ db: t.db, actor: a.admin, input: { jobId: id } })).rejects.toThrow(new StateError("Only a failed refresh can be retried."));
    await expect(retryRevalidationJob({ db: t.db, actor: a.admin, input: { jobId: "9b2f0c4e-1d7a-4c56-8e0f-2a3b4c5d6e7f" } })).rejects.toThrow(
      new NotFoundError("That refresh job does not exist."),
    );
    await expect(retryRevalidationJob({ db: t.db, actor: a.admin, input: { jobId: "not-a-job" } })).rejects.toMatchObject({ fieldErrors: { jobId: ["Unknown job."] } });
  });
});

describe("the pages a change refreshes, as a reviewer reads them", () => {
  it("names each list, feed and page with its address", () => {
    expect(describeTag("atlas")).toEqual({ label: "Every public page (a name shown everywhere changes)", path: null });
    expect(describeTag("site")).toEqual({ label: "The home page and site-wide lists", path: "/" });
    expect(describeTag("countries")).toEqual({ label: "The countries list and the map", path: "/countries" });
    expect(describeTag("timeline")).toEqual({ label: "The timeline", path: "/timeline" });
    expect(describeTag("organizations")).toEqual({ label: "The organisations list", path: "/organizations" });
    expect(describeTag("feeds")).toEqual({ label: "The Atom feeds", path: "/feeds/events.xml" });
    expect(describeTag("exports")).toEqual({ label: "The open data exports", path: "/data" });
    expect(describeTag("country:north-korea")).toEqual({ label: "The country page north-korea", path: "/countries/north-korea" });
    expect(describeTag("event:2011-08-biden-visit")).toEqual({ label: "The event page 2011-08-biden-visit", path: "/events/2011-08-biden-visit" });
    expect(describeTag("organization:osce")).toEqual({ label: "The organization page osce", path: "/organizations/osce" });
    expect(describeTag("person:joe-biden")).toEqual({ label: "The person page joe-biden", path: "/people/joe-biden" });
    expect(describeTag("sources")).toEqual({ label: "The sources list", path: "/sources" });
    expect(describeTag("people")).toEqual({ label: "The people list", path: "/people" });
    expect(describeTag("source:seed-text")).toEqual({ label: "The source page seed-text", path: "/sources/seed-text" });
    expect(describeTag("treaty:kyoto")).toEqual({ label: "treaty:kyoto", path: null });
    expect(describeTag("unheard-of")).toEqual({ label: "unheard-of", path: null });
  });
});

describe("the pages a change refreshes", () => {
  const t = freshDatabase("seeded");
  const tags = (kind: Parameters<typeof tagsForChange>[1]["kind"], before: unknown, after: unknown) =>
    t.db.$transaction((tx) => tagsForChange(tx, { kind, before: before as AnyPayload | null, after: after as AnyPayload | null }));

  it("of an event: its page, its lists (people's too), and the pages of its countries, organisations and people, sorted", async () => {
    const event = await publishedPayload(t.db, "event_2011-08-biden-visit");
    expect(await tags("EVENT", null, event)).toEqual([
      "countries",
      "country:mongolia",
      "country:united-states",
      "event:2011-08-biden-visit",
      "exports",
      "feeds",
      "people",
      "person:joe-biden",
      "site",
      "timeline",
    ]);
  });

  it("of a membership: every fellow member's country page, and the organisation's", async () => {
    const membership = { countryId: "country_mongolia", organizationId: "org_osce", status: "MEMBER", citations: [] };
    const got = await tags("MEMBERSHIP", membership, null);
    expect(got).toEqual(expect.arrayContaining(["country:mongolia", "country:russia", "organization:osce", "countries", "organizations", "site", "exports"]));
    expect(got).not.toContain("atlas");
    expect(got).not.toContain("country:bulgaria");
  });

  it("of a fact: no fellow members, only its own country and organisation", async () => {
    const fact = { countryId: "country_russia", organizationId: "org_osce" };
    expect(await tags("FACT", fact, null)).toEqual(["country:russia", "exports", "organization:osce", "site"]);
  });

  it("of a country: the whole site, at its old and its new address", async () => {
    const country = await publishedPayload(t.db, "country_bulgaria");
    expect(await tags("COUNTRY", country, { ...country, slug: "republic-of-bulgaria" })).toEqual([
      "atlas",
      "countries",
      "country:bulgaria",
      "country:republic-of-bulgaria",
      "exports",
      "site",
    ]);
  });
});
