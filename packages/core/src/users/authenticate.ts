import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { addFieldError, RateLimitedError, ValidationError, type FieldErrors } from "../errors.ts";
import { textProblem } from "../text.ts";
import { verifyDecoy, verifyPassword } from "./password.ts";
import { ZSignIn, type TSignIn } from "./schemas.ts";
import { knownDevice, rememberDevice } from "./sign-in-devices.ts";
import { reserveAttempt, settleAttempt, type Attempt, type Verdict } from "./throttle.ts";

export { accountsUnderAttack, THROTTLE } from "./throttle.ts";

/** The user, their session version, and the device token their browser keeps (see THROTTLE). */
export type SignedIn = Actor & { sessionVersion: number; device: string };

/** The generic answer: it never says whether the account exists. */
export const SIGN_IN_FAILED = "Email or password is incorrect.";

/** How long an attempt waits for earlier ones from the same place to be checked, at most. */
const BUSY_WAIT_MS = 10_000;

const waitWords = (until: Date, now: Date) => {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return seconds < 120 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
};

/** Asks until the attempt is let through or refused; waits while earlier attempts are being checked. */
async function admit(db: Db, attempt: Attempt, now: Date): Promise<Exclude<Verdict, { busy: true }>> {
  const started = Date.now();
  for (let pause = 20; ; pause = Math.min(200, pause * 2)) {
    const verdict = await reserveAttempt(db, attempt, now);
    if (!("busy" in verdict)) return verdict;
    if (Date.now() - started > BUSY_WAIT_MS) return { admitted: false, until: new Date(now.getTime() + BUSY_WAIT_MS) };
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/**
 * Checks an email and password from a client address (and the device token of the browser, when
 * it has one). Refuses deactivated accounts; slows down repeated failures (see THROTTLE); audits
 * every attempt. Returns null on a wrong email or password (the caller shows SIGN_IN_FAILED);
 * text no one can type (a NUL byte) is a field error.
 */
export async function authenticate({
  db,
  input,
  ip = "unknown",
  device = null,
  now = new Date(),
}: {
  db: Db;
  input: TSignIn;
  ip?: string;
  device?: string | null;
  now?: Date;
}): Promise<SignedIn | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) {
    const unstorable = parsed.error.issues.filter((i) => i.code === "custom" && (i.params as { unstorable?: boolean } | undefined)?.unstorable);
    if (unstorable.length) {
      const errors: FieldErrors = {};
      for (const issue of unstorable) addFieldError(errors, issue.path, issue.message);
      throw new ValidationError(errors);
    }
    return null;
  }
  const { email, password } = parsed.data;
  // The address comes from the app's own server; one it could not read still counts, as one.
  const address = textProblem(ip) ? "unreadable" : ip;
  const attempt: Attempt = { email, ip: address, device: await knownDevice(db, device, email, now) };
  const verdict = await admit(db, attempt, now);
  if (!verdict.admitted) {
    await writeAudit(db, { actor: null, actorEmail: email, action: "auth.sign_in_failed", data: { reason: "throttled", ip: address } });
    throw new RateLimitedError(`Too many failed sign-ins. Try again in ${waitWords(verdict.until, now)}.`);
  }
  const user = await db.user.findUnique({ where: { email } });
  // Stryker disable next-line BooleanLiteral: without a user the attempt fails on `!user` below whatever `ok` is; the decoy only evens out the timing
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyDecoy(password), false);
  const known = attempt.device ? { knownBrowser: true } : {};
  return db.$transaction(async (tx) => {
    const succeeded = Boolean(user && ok && user.active);
    await settleAttempt(tx, attempt, succeeded, now);
    if (!user || !succeeded) {
      const reason = !user ? "unknown account" : !ok ? "wrong password" : "deactivated";
      await writeAudit(tx, { actor: null, actorEmail: email, action: "auth.sign_in_failed", data: { reason, ip: address, ...known } });
      return null;
    }
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    await writeAudit(tx, { actor, action: "auth.sign_in", targetType: "User", targetId: user.id, data: { ip: address, ...known } });
    return { ...actor, sessionVersion: user.sessionVersion, device: await rememberDevice(tx, user.id, device, attempt.device !== null, now) };
  });
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
