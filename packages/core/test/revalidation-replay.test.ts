import { describe, expect, it } from "vitest";

import { createDb } from "@atlas/db";
import { freshDatabase } from "@atlas/db/testing";

import { databaseReplayGuard, firstUseOfSignature } from "../src/revalidation/replay-guard.ts";
import { checkSignature, SIGNATURE_HEADERS, signRequest } from "../src/revalidation/signature.ts";

const SECRET = "a-shared-secret-of-some-length";
const T0 = 1_800_000_000_000;
const REPLAYED = "This request was already received once.";

/** A request as the admin app signs it at `at`. */
function signed(body: string, at: number) {
  const h = signRequest(SECRET, body, at);
  return { secret: SECRET, body, timestamp: h[SIGNATURE_HEADERS.timestamp]!, signature: h[SIGNATURE_HEADERS.signature]! };
}

describe("a signed page refresh is accepted once, whatever restarts and however many instances", () => {
  const t = freshDatabase("seeded");
  /** One instance of the public site: its own connections to the shared database, nothing else. */
  const instance = () => {
    const db = createDb(t.url, { max: 2 });
    return { guard: databaseReplayGuard(() => db), stop: () => db.$disconnect() };
  };

  it("is refused a second time after the site restarted, 21 seconds after it was signed", async () => {
    const request = signed('{"tags":["country:china"]}', T0);
    const before = instance();
    expect(await checkSignature({ ...request, guard: before.guard, now: T0 + 1000 })).toBeNull();
    await before.stop();
    // The site comes back up: a new process, with nothing of the old one but the database.
    const after = instance();
    expect(await checkSignature({ ...request, guard: after.guard, now: T0 + 21_000 })).toBe(REPLAYED);
    await after.stop();
  });

  it("is accepted by only one of two instances it is sent to at the same moment", async () => {
    const [one, two] = [instance(), instance()];
    for (let i = 0; i < 20; i++) {
      const request = signed(`{"tags":["event:${i}"]}`, T0);
      const answers = await Promise.all([one, two].map((site) => checkSignature({ ...request, guard: site.guard, now: T0 + 500 })));
      expect(
        answers.filter((a) => a === null),
        `request ${i}`,
      ).toHaveLength(1);
      expect(
        answers.filter((a) => a === REPLAYED),
        `request ${i}`,
      ).toHaveLength(1);
    }
    await Promise.all([one.stop(), two.stop()]);
  });

  it("remembers a used signature as long as it could be accepted, and then lets the row go", async () => {
    expect(await firstUseOfSignature(t.db, "sig-a", T0)).toBe(true);
    expect(await firstUseOfSignature(t.db, "sig-a", T0 + 119_000)).toBe(false);
    expect(await firstUseOfSignature(t.db, "sig-b", T0 + 60_000)).toBe(true);
    // 120 s after its first use a signature's time is too far off to be accepted anyway: its row
    // is swept by the next request, and only rows still of use are kept.
    expect(await firstUseOfSignature(t.db, "sig-c", T0 + 120_000)).toBe(true);
    expect((await t.db.usedSignature.findMany({ where: { signature: { startsWith: "sig-" } }, orderBy: { signature: "asc" } })).map((r) => r.signature)).toEqual([
      "sig-b",
      "sig-c",
    ]);
    expect(await firstUseOfSignature(t.db, "sig-a", T0 + 120_000)).toBe(true);
  });
});
