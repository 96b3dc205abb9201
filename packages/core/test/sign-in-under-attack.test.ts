import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "@atlas/db";
import { freshDatabase } from "@atlas/db/testing";

import { RateLimitedError } from "../src/errors.ts";
import { authenticate, THROTTLE } from "../src/users/authenticate.ts";
import { bootstrapUser } from "../src/users/bootstrap-user.ts";

const password = "correct horse battery";

/** Each attempt's outcome: "in", "wrong" (checked and refused) or "held" (refused unchecked). */
const outcome = (p: Promise<unknown>) =>
  p.then(
    (user) => (user ? "in" : "wrong"),
    (e: unknown) => (e instanceof RateLimitedError ? "held" : `error: ${(e as Error).message}`),
  );
const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((n, o) => ({ ...n, [o]: (n[o] ?? 0) + 1 }), {});

describe("sign-in under parallel and shared-address guessing", () => {
  const t = freshDatabase("seeded");
  // A pool as large as the admin app's, so that attempts really run side by side.
  let db: Db;
  beforeAll(async () => {
    db = createDb(t.url, { max: 10 });
    for (const who of ["victim", "boss", "typist"]) await bootstrapUser({ db, input: { email: `${who}@atlas.test`, name: who, role: "ADMIN", password }, via: "test" });
  });
  afterAll(() => db?.$disconnect());

  const failures = async (key: string) => (await db.signInThrottle.findUnique({ where: { key } }))?.failures ?? 0;
  const reasons = async (email: string) =>
    tally((await db.auditLog.findMany({ where: { action: "auth.sign_in_failed", actorEmail: email }, select: { data: true } })).map((r) => (r.data as { reason: string }).reason));

  it("100 wrong passwords sent at once from one address are counted as 100: the allowance is checked, the rest refused unchecked", async () => {
    const now = new Date("2026-07-01T10:00:00Z");
    const ip = "10.50.0.1";
    const guesses = Array.from({ length: 100 }, (_, i) => outcome(authenticate({ db, input: { email: "victim@atlas.test", password: `guess ${i}` }, ip, now })));
    const outcomes = await Promise.all(guesses);
    // Exactly as many were checked as one at a time would have been: the account's allowance from one address.
    expect(tally(outcomes)).toEqual({ wrong: THROTTLE.pair.free, held: 100 - THROTTLE.pair.free });
    // Every attempt is in the audit log; only the checked ones say "wrong password".
    expect(await reasons("victim@atlas.test")).toEqual({ "wrong password": THROTTLE.pair.free, throttled: 100 - THROTTLE.pair.free });
    expect(await failures(`pair:victim@atlas.test|${ip}`)).toBe(THROTTLE.pair.free);
    expect(await failures(`ip:${ip}`)).toBe(THROTTLE.pair.free);
    // And the right password from there waits like after three failures in a row: 1 second.
    await expect(authenticate({ db, input: { email: "victim@atlas.test", password }, ip, now })).rejects.toThrow("Try again in 1 second.");
  });

  it("100 wrong passwords sent at once from one address to 100 accounts: ten are checked, ninety refused unchecked", async () => {
    const now = new Date("2026-07-02T10:00:00Z");
    const ip = "10.51.0.1";
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => outcome(authenticate({ db, input: { email: `spray${i}@atlas.test`, password: "guess" }, ip, now }))));
    expect(tally(outcomes)).toEqual({ wrong: THROTTLE.address.free, held: 100 - THROTTLE.address.free });
    expect(await failures(`ip:${ip}`)).toBe(THROTTLE.address.free);
  });

  it("twenty colleagues behind one address signing in at the same moment all get in", async () => {
    const now = new Date("2026-07-03T10:00:00Z");
    const crowd = Array.from({ length: 20 }, (_, i) => `colleague${i}@atlas.test`);
    for (const email of crowd) await bootstrapUser({ db, input: { email, name: email, role: "EDITOR", password }, via: "test" });
    const outcomes = await Promise.all(crowd.map((email) => outcome(authenticate({ db, input: { email, password }, ip: "10.52.0.1", now }))));
    expect(tally(outcomes)).toEqual({ in: 20 });
    // Nothing is left counted against the address.
    expect(await db.signInThrottle.findUnique({ where: { key: "ip:10.52.0.1" } })).toBeNull();
  });

  it("an attacker guessing the admin's account from the admin's own address every 0.5 s does not keep the admin out of a browser that signed in before", async () => {
    const t0 = new Date("2026-07-04T10:00:00Z").getTime();
    const at = (ms: number) => new Date(t0 + ms);
    const office = "10.53.0.1";
    // Monday morning the admin signed in from this browser, which keeps the token it was given.
    const first = await authenticate({ db, input: { email: "boss@atlas.test", password }, ip: office, now: at(-3_600_000) });
    const browser = first!.device;
    // For 60 seconds someone at the same address guesses every half second; every 2 seconds
    // (a quarter second after a guess) the admin signs in again from that browser.
    const attacker: string[] = [];
    const admin: string[] = [];
    for (let ms = 0; ms < 60_000; ms += 500) {
      attacker.push(await outcome(authenticate({ db, input: { email: "boss@atlas.test", password: `guess ${ms}` }, ip: office, now: at(ms) })));
      if (ms % 2000 === 0) admin.push(await outcome(authenticate({ db, input: { email: "boss@atlas.test", password }, ip: office, device: browser, now: at(ms + 250) })));
    }
    expect(tally(admin)).toEqual({ in: 30 });
    // The attacker slowed themselves: a few guesses were checked (the free ones, then one as
    // each wait ran out: 1 s, 2 s, 4 s, 8 s, 16 s, 30 s), the rest refused unchecked.
    expect(tally(attacker).wrong).toBeLessThanOrEqual(THROTTLE.pair.free + 7);
    expect(tally(attacker).held).toBeGreaterThanOrEqual(110);
    // Without that browser the admin is held back with the attacker (the address and account are the same).
    await expect(authenticate({ db, input: { email: "boss@atlas.test", password }, ip: office, now: at(60_000) })).rejects.toBeInstanceOf(RateLimitedError);
    // The token names one account: at another, its holder is judged by address and account.
    expect(await authenticate({ db, input: { email: "victim@atlas.test", password: "guess" }, ip: "10.53.0.9", device: browser, now: at(0) })).toBeNull();
    expect(await failures("pair:victim@atlas.test|10.53.0.9")).toBe(1);
  });

  it("a browser's own wrong passwords hold back that browser only, and no key locks the account", async () => {
    const now = new Date("2026-07-05T10:00:00Z");
    const browser = (await authenticate({ db, input: { email: "typist@atlas.test", password }, ip: "10.54.0.1", now }))!.device;
    for (let i = 0; i < THROTTLE.device.free; i++)
      expect(await authenticate({ db, input: { email: "typist@atlas.test", password: "typo" }, ip: "10.54.0.1", device: browser, now })).toBeNull();
    await expect(authenticate({ db, input: { email: "typist@atlas.test", password }, ip: "10.54.0.1", device: browser, now })).rejects.toThrow("Try again in 1 second.");
    // The address and the account were not counted: another browser there gets in at once…
    expect(await authenticate({ db, input: { email: "typist@atlas.test", password }, ip: "10.54.0.1", now })).toMatchObject({ email: "typist@atlas.test" });
    // …and so does this one once its second is over, which starts its count again.
    const again = await authenticate({ db, input: { email: "typist@atlas.test", password }, ip: "10.54.0.1", device: browser, now: new Date(now.getTime() + 1000) });
    expect(again).toMatchObject({ device: browser });
    expect(await db.signInThrottle.count({ where: { key: { startsWith: "device:" }, failures: { gt: 0 } } })).toBe(0);
    // A token no sign-in gave, or one past its time, is no known browser.
    const forged = await authenticate({ db, input: { email: "typist@atlas.test", password }, ip: "10.54.0.2", device: "x".repeat(43), now });
    expect(forged!.device).not.toBe("x".repeat(43));
    const late = await authenticate({ db, input: { email: "typist@atlas.test", password }, ip: "10.54.0.2", device: browser, now: new Date(now.getTime() + 91 * 86_400_000) });
    expect(late!.device).not.toBe(browser);
  });

  it("an attempt whose check never ended (its process died) stops counting after a minute", async () => {
    const now = new Date("2026-07-06T10:00:00Z");
    const ip = "10.55.0.1";
    // Nine failures and one attempt still being checked: the next one would wait for it.
    await db.signInThrottle.create({ data: { key: `ip:${ip}`, failures: 9, windowStartedAt: now, lastFailureAt: now, checking: 1, checkingSince: now } });
    const later = new Date(now.getTime() + THROTTLE.checkingMs);
    expect(await authenticate({ db, input: { email: "typist@atlas.test", password }, ip, now: later })).toMatchObject({ email: "typist@atlas.test" });
    expect(await db.signInThrottle.findUnique({ where: { key: `ip:${ip}` } })).toMatchObject({ failures: 9, checking: 0 });
  });
});
