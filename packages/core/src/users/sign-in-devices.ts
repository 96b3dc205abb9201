import { createHash, randomBytes } from "node:crypto";

import type { Db, Tx } from "@atlas/db";

// A browser that signed in to an account gets a device token (OWASP's "device cookie"): its later
// attempts on that account are throttled on their own (see THROTTLE). The token is random; only
// its hash is stored, so a copy of the database hands no one a token.

/** How long a browser stays known without signing in again. */
export const DEVICE_TTL_MS = 90 * 24 * 60 * 60_000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const idOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** The id of the browser holding `token` when it signed in to this account before, or null. */
export async function knownDevice(db: Db, token: string | null | undefined, email: string, now: Date): Promise<string | null> {
  if (!token || !TOKEN.test(token)) return null;
  const id = idOf(token);
  const device = await db.signInDevice.findUnique({ where: { id }, select: { expiresAt: true, user: { select: { email: true } } } });
  return device && device.expiresAt > now && device.user.email === email ? id : null;
}

/**
 * Remembers the browser that just signed in as `userId`: keeps its token for another
 * DEVICE_TTL_MS when it was known, gives it a new one otherwise. Returns the token to set.
 */
export async function rememberDevice(tx: Tx, userId: string, token: string | null | undefined, known: boolean, now: Date): Promise<string> {
  const expiresAt = new Date(now.getTime() + DEVICE_TTL_MS);
  await tx.signInDevice.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  if (known && token) {
    await tx.signInDevice.update({ where: { id: idOf(token) }, data: { expiresAt } });
    return token;
  }
  const fresh = randomBytes(32).toString("base64url");
  await tx.signInDevice.create({ data: { id: idOf(fresh), userId, expiresAt } });
  return fresh;
}
