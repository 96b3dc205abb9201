import type { Db, Tx } from "@atlas/db";

/**
 * Sign-in throttling. Failures are counted for 15 minutes after the last one, under these keys:
 * - the client address (any accounts): after 10, that address waits 1 s, 2 s, 4 s… up to 15 min
 *   between tries — one address cannot guess across many accounts;
 * - the account from that address: after 3, up to 30 s between tries;
 * - the account from any address, once 3 or more addresses failed on it (an attack spread over
 *   many addresses): after 5, up to 30 s between tries;
 * - a browser that signed in to the account before (it holds a device token for it, OWASP's
 *   "device cookie"): its attempts on that account are judged by its own failures only — after 5,
 *   up to 30 s between tries — and never by the three keys above.
 * Why the last one: an attacker behind the same address as a user (one office NAT, one proxy) is
 * indistinguishable from that user by address and account, so any rule over those keys that slows
 * the attacker slows the user as much. What the attacker does not have is a browser the user
 * signed in with: there the user gets in at once, whatever anyone else does; the attacker and any
 * other guesser of the account are slowed by the other keys. No key ever locks an account: the
 * right password from a browser that signed in before, or from an address that did not fail, gets
 * in at once, and under a spread attack within 30 seconds.
 *
 * An attempt is let through to the password check only after it has been counted: it reserves
 * its place under each key in one short transaction that locks those rows, and counts as a
 * failure until its check says otherwise. So N parallel guesses count N, and those beyond the
 * allowance wait for the earlier ones' outcome (and are refused without a check when they failed),
 * while parallel sign-ins that succeed (twenty colleagues behind one address) all get in.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  address: { free: 10, maxDelayMs: 15 * 60_000 },
  pair: { free: 3, maxDelayMs: 30_000 },
  account: { free: 5, maxDelayMs: 30_000, addresses: 3 },
  device: { free: 5, maxDelayMs: 30_000 },
  /** An attempt still being checked after this is forgotten (its process died). */
  checkingMs: 60_000,
} as const;

type Rule = { free: number; maxDelayMs: number };
const NEVER: Rule = { free: Number.POSITIVE_INFINITY, maxDelayMs: 0 };

export const delay = (failures: number, rule: Rule) => (failures < rule.free ? 0 : Math.min(rule.maxDelayMs, 1000 * 2 ** Math.min(30, failures - rule.free)));

/** Who is trying: a known browser of the account (its device id), or anyone else at an address. */
export type Attempt = { email: string; ip: string; device: string | null };

type Keys = { device: string } | { address: string; pair: string; account: string };
const keysOf = ({ email, ip, device }: Attempt): Keys =>
  device ? { device: `device:${device}` } : { address: `ip:${ip}`, pair: `pair:${email}|${ip}`, account: `account:${email}` };

type Row = { key: string; failures: number; windowStartedAt: Date; lastFailureAt: Date; lockedUntil: Date | null; checking: number; checkingSince: Date | null };

/** Locks the rows of these keys (made when missing) in one order, so attempts never deadlock. */
async function lockRows(tx: Tx, keys: string[], now: Date): Promise<Map<string, Row>> {
  const rows = await tx.$queryRaw<Row[]>`
    INSERT INTO "SignInThrottle" (key, "windowStartedAt", "lastFailureAt")
    SELECT k, ${now}::timestamp(3), ${now}::timestamp(3) FROM unnest(${[...keys].sort()}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n
    ON CONFLICT (key) DO UPDATE SET checking = "SignInThrottle".checking
    RETURNING key, failures, "windowStartedAt", "lastFailureAt", "lockedUntil", checking, "checkingSince"`;
  return new Map(rows.map((r) => [r.key, r]));
}

const liveFailures = (r: Row, now: Date) => (r.failures > 0 && now.getTime() - r.lastFailureAt.getTime() <= THROTTLE.windowMs ? r.failures : 0);
const liveChecking = (r: Row, now: Date) => (r.checkingSince && now.getTime() - r.checkingSince.getTime() < THROTTLE.checkingMs ? r.checking : 0);

/** How many addresses failed on this account lately (a spread attack, when several). */
export async function failingAddresses(db: Db | Tx, email: string, now: Date): Promise<number> {
  return db.signInThrottle.count({ where: { key: { startsWith: `pair:${email}|` }, failures: { gt: 0 }, lastFailureAt: { gt: new Date(now.getTime() - THROTTLE.windowMs) } } });
}

async function rulesOf(tx: Tx, attempt: Attempt, now: Date): Promise<Record<string, Rule>> {
  const keys = keysOf(attempt);
  if ("device" in keys) return { [keys.device]: THROTTLE.device };
  const spread = (await failingAddresses(tx, attempt.email, now)) >= THROTTLE.account.addresses;
  return { [keys.address]: THROTTLE.address, [keys.pair]: THROTTLE.pair, [keys.account]: spread ? THROTTLE.account : NEVER };
}

export type Verdict = { admitted: true } | { admitted: false; until: Date } | { admitted: false; busy: true };

/**
 * Judges an attempt and, when it may be checked, reserves its place under each of its keys.
 * Refused while a key is held back by earlier failures; "busy" while earlier attempts are still
 * being checked and this one would be held back if they all failed (the caller asks again).
 */
export async function reserveAttempt(db: Db, attempt: Attempt, now: Date): Promise<Verdict> {
  return db.$transaction(async (tx) => {
    const rules = await rulesOf(tx, attempt, now);
    const rows = await lockRows(tx, Object.keys(rules), now);
    const held = [...rows.values()].map((r) => r.lockedUntil).filter((d): d is Date => d !== null && d > now);
    if (held.length) return { admitted: false, until: new Date(Math.max(...held.map((d) => d.getTime()))) };
    const busy = [...rows.values()].some((r) => liveChecking(r, now) > 0 && delay(liveFailures(r, now) + liveChecking(r, now), rules[r.key]!) > 0);
    if (busy) return { admitted: false, busy: true };
    for (const r of rows.values()) await tx.signInThrottle.update({ where: { key: r.key }, data: { checking: liveChecking(r, now) + 1, checkingSince: now } });
    return { admitted: true };
  });
}

/** Records the outcome of a reserved attempt, in the transaction that audits it. */
export async function settleAttempt(tx: Tx, attempt: Attempt, succeeded: boolean, now: Date): Promise<void> {
  const keys = keysOf(attempt);
  const ordered = "device" in keys ? [keys.device] : [keys.address, keys.pair, keys.account];
  const rows = await lockRows(tx, ordered, now);
  // In this order: the account's rule depends on how many addresses failed on it, this one included.
  for (const key of ordered) {
    const r = rows.get(key)!;
    const checking = Math.max(0, liveChecking(r, now) - 1);
    const failures = liveFailures(r, now);
    // The address keeps its count whoever signs in from it; the account's own keys start again.
    const clears = succeeded && key !== ("address" in keys ? keys.address : undefined);
    if (succeeded && (clears || failures === 0) && checking === 0) {
      await tx.signInThrottle.delete({ where: { key } });
    } else if (succeeded) {
      await tx.signInThrottle.update({ where: { key }, data: { checking, ...(clears ? { failures: 0, lockedUntil: null } : {}) } });
    } else {
      const rule = (await rulesOf(tx, attempt, now))[key]!;
      const next = failures + 1;
      const ms = delay(next, rule);
      const data = { failures: next, windowStartedAt: failures ? r.windowStartedAt : now, lastFailureAt: now, lockedUntil: ms ? new Date(now.getTime() + ms) : null, checking };
      await tx.signInThrottle.update({ where: { key }, data });
    }
  }
}

/** Accounts with repeated failed sign-ins lately, for the admins' dashboard. */
export async function accountsUnderAttack(db: Db, now = new Date()) {
  const rows = await db.signInThrottle.findMany({
    where: { key: { startsWith: "account:" }, failures: { gte: THROTTLE.account.free }, lastFailureAt: { gt: new Date(now.getTime() - THROTTLE.windowMs) } },
    orderBy: { lastFailureAt: "desc" },
    take: 20,
  });
  return Promise.all(
    rows.map(async (r) => {
      const email = r.key.slice("account:".length);
      return {
        email,
        failures: r.failures,
        addresses: await failingAddresses(db, email, now),
        lastFailureAt: r.lastFailureAt,
        slowedUntil: r.lockedUntil && r.lockedUntil > now ? r.lockedUntil : null,
      };
    }),
  );
}
