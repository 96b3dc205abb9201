import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { RateLimitedError } from "../errors.ts";
import { verifyDecoy, verifyPassword } from "./password.ts";
import { ZSignIn, type TSignIn } from "./schemas.ts";

/**
 * Sign-in throttling. Failures are counted for 15 minutes after the last one, under three keys:
 * - the client address (any accounts): after 10, that address waits 1 s, 2 s, 4 s… up to 15 min
 *   between tries — one address cannot guess across many accounts;
 * - the account from that address: after 3, up to 30 s between tries;
 * - the account from any address, once 3 or more addresses failed on it (an attack spread over
 *   many addresses): after 5, up to 30 s between tries.
 * No key ever locks an account: the right password from an address that did not fail gets in at
 * once, and under a spread attack within 30 seconds.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  address: { free: 10, maxDelayMs: 15 * 60_000 },
  pair: { free: 3, maxDelayMs: 30_000 },
  account: { free: 5, maxDelayMs: 30_000, addresses: 3 },
} as const;

export type SignedIn = Actor & { sessionVersion: number };

/** The generic answer: it never says whether the account exists. */
export const SIGN_IN_FAILED = "Email or password is incorrect.";

const delay = (failures: number, rule: { free: number; maxDelayMs: number }) =>
  failures < rule.free ? 0 : Math.min(rule.maxDelayMs, 1000 * 2 ** Math.min(30, failures - rule.free));

type Keys = { address: string; pair: string; account: string };
const keysOf = (email: string, ip: string): Keys => ({ address: `ip:${ip}`, pair: `pair:${email}|${ip}`, account: `account:${email}` });

/** How many addresses failed on this account lately (a spread attack, when several). */
async function failingAddresses(tx: Db | Tx, email: string, now: Date): Promise<number> {
  return tx.signInThrottle.count({ where: { key: { startsWith: `pair:${email}|` }, lastFailureAt: { gt: new Date(now.getTime() - THROTTLE.windowMs) } } });
}

async function waitUntil(tx: Db | Tx, keys: Keys, now: Date): Promise<Date | null> {
  const rows = await tx.signInThrottle.findMany({ where: { key: { in: Object.values(keys) }, lockedUntil: { gt: now } } });
  return rows.reduce<Date | null>((max, r) => (r.lockedUntil && (!max || r.lockedUntil > max) ? r.lockedUntil : max), null);
}

async function recordFailure(tx: Tx, key: string, now: Date, wait: (failures: number) => number): Promise<void> {
  const row = await tx.signInThrottle.findUnique({ where: { key } });
  const fresh = !row || now.getTime() - row.lastFailureAt.getTime() > THROTTLE.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const ms = wait(failures);
  const data = { failures, windowStartedAt: fresh ? now : row.windowStartedAt, lastFailureAt: now, lockedUntil: ms ? new Date(now.getTime() + ms) : null };
  await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
}

/**
 * Checks an email and password from a client address. Refuses deactivated accounts; slows down
 * repeated failures (see THROTTLE); audits every attempt. Returns null on a wrong email or
 * password (the caller shows SIGN_IN_FAILED).
 */
export async function authenticate({ db, input, ip = "unknown", now = new Date() }: { db: Db; input: TSignIn; ip?: string; now?: Date }): Promise<SignedIn | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = keysOf(email, ip);
  const until = await waitUntil(db, keys, now);
  if (until) {
    await writeAudit(db, { actor: null, actorEmail: email, action: "auth.sign_in_failed", data: { reason: "throttled", ip } });
    const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    const wait = seconds < 120 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
    throw new RateLimitedError(`Too many failed sign-ins. Try again in ${wait}.`);
  }
  const user = await db.user.findUnique({ where: { email } });
  // Stryker disable next-line BooleanLiteral: without a user the attempt fails on `!user` below whatever `ok` is; the decoy only evens out the timing
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyDecoy(password), false);
  return db.$transaction(async (tx) => {
    if (!user || !ok || !user.active) {
      await recordFailure(tx, keys.address, now, (n) => delay(n, THROTTLE.address));
      await recordFailure(tx, keys.pair, now, (n) => delay(n, THROTTLE.pair));
      const spread = (await failingAddresses(tx, email, now)) >= THROTTLE.account.addresses;
      await recordFailure(tx, keys.account, now, (n) => (spread ? delay(n, THROTTLE.account) : 0));
      await writeAudit(tx, {
        actor: null,
        actorEmail: email,
        action: "auth.sign_in_failed",
        data: { reason: !user ? "unknown account" : !ok ? "wrong password" : "deactivated", ip },
      });
      return null;
    }
    await tx.signInThrottle.deleteMany({ where: { key: { in: [keys.pair, keys.account] } } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    await writeAudit(tx, { actor, action: "auth.sign_in", targetType: "User", targetId: user.id, data: { ip } });
    return { ...actor, sessionVersion: user.sessionVersion };
  });
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

/**
 * Turns a session's claims back into an actor, or null when the user was deactivated, signed out,
 * changed role or password since (each bumps sessionVersion), or no longer exists.
 */
export async function resolveSession({ db, claims }: { db: Db; claims: { userId?: unknown; sessionVersion?: unknown } }): Promise<Actor | null> {
  if (typeof claims.userId !== "string" || typeof claims.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({ where: { id: claims.userId }, select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true } });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
