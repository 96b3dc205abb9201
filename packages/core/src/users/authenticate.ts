import type { Db, Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { RateLimitedError } from "../errors.ts";
import { verifyDecoy, verifyPassword } from "./password.ts";
import { ZSignIn, type TSignIn } from "./schemas.ts";

export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20, lockMs: 15 * 60_000 };

export type SignedIn = Actor & { sessionVersion: number };

/** The generic answer: it never says whether the account exists. */
export const SIGN_IN_FAILED = "Email or password is incorrect.";

async function lockedUntil(tx: Db | Tx, keys: string[], now: Date): Promise<Date | null> {
  const rows = await tx.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  return rows.reduce<Date | null>((max, r) => (r.lockedUntil && (!max || r.lockedUntil > max) ? r.lockedUntil : max), null);
}

async function recordFailure(tx: Tx, key: string, limit: number, now: Date): Promise<void> {
  const row = await tx.signInThrottle.findUnique({ where: { key } });
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > THROTTLE.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const data = {
    failures,
    windowStartedAt: fresh ? now : row.windowStartedAt,
    lockedUntil: failures >= limit ? new Date(now.getTime() + THROTTLE.lockMs) : (row?.lockedUntil ?? null),
  };
  await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
}

/**
 * Checks an email and password. Refuses deactivated accounts; throttles an account after 5
 * failures and an address after 20 in 15 minutes; audits every attempt. Returns null on a
 * wrong email or password (the caller shows SIGN_IN_FAILED).
 */
export async function authenticate({ db, input, ip = "unknown", now = new Date() }: { db: Db; input: TSignIn; ip?: string; now?: Date }): Promise<SignedIn | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = [`email:${email}`, `ip:${ip}`];
  const locked = await lockedUntil(db, keys, now);
  if (locked) {
    await writeAudit(db, { actor: null, actorEmail: email, action: "auth.sign_in_failed", data: { reason: "throttled", ip } });
    const minutes = Math.max(1, Math.ceil((locked.getTime() - now.getTime()) / 60_000));
    throw new RateLimitedError(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyDecoy(password), false);
  return db.$transaction(async (tx) => {
    if (!user || !ok || !user.active) {
      await recordFailure(tx, keys[0]!, THROTTLE.perAccount, now);
      await recordFailure(tx, keys[1]!, THROTTLE.perAddress, now);
      await writeAudit(tx, {
        actor: null,
        actorEmail: email,
        action: "auth.sign_in_failed",
        data: { reason: !user ? "unknown account" : !ok ? "wrong password" : "deactivated", ip },
      });
      return null;
    }
    await tx.signInThrottle.deleteMany({ where: { key: keys[0] } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    await writeAudit(tx, { actor, action: "auth.sign_in", targetType: "User", targetId: user.id, data: { ip } });
    return { ...actor, sessionVersion: user.sessionVersion };
  });
}

/**
 * Turns a session's claims back into an actor, or null when the user was deactivated, changed
 * role or password since (every such change bumps sessionVersion), or no longer exists.
 */
export async function resolveSession({ db, claims }: { db: Db; claims: { userId?: unknown; sessionVersion?: unknown } }): Promise<Actor | null> {
  if (typeof claims.userId !== "string" || typeof claims.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({ where: { id: claims.userId }, select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true } });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
