import { createHmac, timingSafeEqual } from "node:crypto";

// Requests to the public site's /api/revalidate are signed: an HMAC-SHA256, under the shared
// REVALIDATE_SECRET, of the time and the exact body. The site accepts a signature within 60
// seconds of its time and only once, so a captured request cannot be replayed.

export const SIGNATURE_HEADERS = { timestamp: "x-atlas-timestamp", signature: "x-atlas-signature" } as const;
export const SIGNATURE_WINDOW_MS = 60_000;

const hmac = (secret: string, timestamp: string, body: string) => `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

/** The headers that sign `body` now. */
export function signRequest(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  return { [SIGNATURE_HEADERS.timestamp]: timestamp, [SIGNATURE_HEADERS.signature]: hmac(secret, timestamp, body) };
}

/**
 * Where accepted signatures are remembered: the database (replay-guard.ts), so that every
 * instance of the site refuses a replay, before and after a restart.
 */
export type ReplayGuard = {
  /** True the first time a signature is offered (until it could no longer be accepted anyway), false after. */
  firstUse(signature: string, now: number): Promise<boolean>;
};

/** Why a signed request is refused, or null when it is good (and now used up). */
export async function checkSignature(input: {
  secret: string | undefined;
  timestamp: string | null;
  signature: string | null;
  body: string;
  guard: ReplayGuard;
  now?: number;
}): Promise<string | null> {
  const now = input.now ?? Date.now();
  if (!input.secret) return "This site has no REVALIDATE_SECRET.";
  if (!input.timestamp || !input.signature) return "The request is not signed.";
  if (!/^\d{1,12}$/.test(input.timestamp)) return "The request's time is malformed.";
  if (Math.abs(now - Number(input.timestamp) * 1000) > SIGNATURE_WINDOW_MS) return "The request's time is more than 60 seconds away from this site's clock.";
  const expected = Buffer.from(hmac(input.secret, input.timestamp, input.body));
  const given = Buffer.from(input.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "The signature does not match.";
  if (!(await input.guard.firstUse(input.signature, now))) return "This request was already received once.";
  return null;
}
