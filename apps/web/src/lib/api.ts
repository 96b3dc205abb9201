import "server-only";

import { PUBLIC_CACHE_CONTROL, VERSION_CACHE_CONTROL, VERSION_KEY } from "../../cache-policy.mjs";

// Kept by CDNs until a publish purges them (server.mjs adds the surrogate keys).
const HEADERS = { "cache-control": PUBLIC_CACHE_CONTROL, "access-control-allow-origin": "*" };

export const json = (data: unknown, status = 200, headers: Record<string, string> = {}) => Response.json(data, { status, headers: { ...HEADERS, ...headers } });

/** A user's mistake in the address: 400 with every problem spelled out. */
export const badRequest = (problems: string[]) => json({ error: "bad_request", problems }, 400);

export const notFoundJson = (what: string) => json({ error: "not_found", message: `${what} does not exist.` }, 404);

export const file = (body: string, type: string, name?: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { ...HEADERS, "content-type": type, ...(name ? { "content-disposition": `inline; filename="${name}"` } : {}), ...headers } });

/** An answer as of a past moment never changes: kept a year by shared caches, under a key no publish purges. */
export const versionJson = (data: unknown, headers: Record<string, string> = {}) =>
  Response.json(data, { headers: { ...HEADERS, "cache-control": VERSION_CACHE_CONTROL, "surrogate-key": VERSION_KEY, "cache-tag": VERSION_KEY, ...headers } });
