import { createHmac, timingSafeEqual } from "node:crypto";

// The correction form's signed token: when the form was handed out, and for which entry, signed
// with the site's secret. A bot that posts without loading the form has none; one that posts at
// once is too quick for a person; one that replays an old form finds it expired.

/** A person needs at least this long to read a page's form and write a correction. */
export const MIN_FILL_MS = 3_000;
/** A form older than this is handed out again (the text typed into it is kept). */
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

/** The key for form tokens and address hashes, derived from the site's secret (never the secret itself). */
export const formKey = (secret: string) => createHmac("sha256", secret).update("atlas correction form v1").digest();

const sign = (key: Buffer, issuedAt: number, entryId: string | null) =>
  createHmac("sha256", key)
    .update(`${issuedAt}.${entryId ?? ""}`)
    .digest("base64url");

/** A token for a form handed out now, on the page of `entryId` (null: the contact page). */
export function issueFormToken(secret: string, entryId: string | null, now = Date.now()): string {
  return `${now}.${sign(formKey(secret), now, entryId)}`;
}

export type TokenCheck = { ok: true } | { ok: false; why: "invalid" | "expired" | "too-quick"; waitMs?: number };

/** Whether the token was handed out by this site, for this entry, long enough ago and not too long. */
export function checkFormToken(secret: string, token: string, entryId: string | null, now = Date.now()): TokenCheck {
  const m = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, why: "invalid" };
  const issuedAt = Number(m[1]);
  const expected = Buffer.from(sign(formKey(secret), issuedAt, entryId));
  if (!timingSafeEqual(expected, Buffer.from(m[2]!))) return { ok: false, why: "invalid" };
  const age = now - issuedAt;
  if (age > MAX_FORM_AGE_MS || age < -60_000) return { ok: false, why: "expired" };
  if (age < MIN_FILL_MS) return { ok: false, why: "too-quick", waitMs: MIN_FILL_MS - age };
  return { ok: true };
}

/** The throttle's key for a client address: a keyed hash, so the table never holds addresses. */
export const addressKey = (secret: string, address: string) => createHmac("sha256", formKey(secret)).update(address).digest("base64url");
