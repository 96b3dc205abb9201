import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";

import { repoRoot } from "@atlas/db/paths";

import { signInWithForm } from "../support/form-client.ts";
import { adminUrl, ports, webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

// A corpus of bad requests, as an attacker or a broken client would send them, to every part of
// both apps: none may be answered with a 5xx, and none may change what the atlas holds.

const HOSTILE = [
  "%00",
  "%E0%A4%A",
  "%FF%FE",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "<script>alert(1)</script>",
  "\"'><img src=x onerror=alert(1)>",
  "' OR 1=1 --",
  "${7*7}",
  "{{7*7}}",
  "x".repeat(3000),
  "%F0%9F%98%80",
  "Mo%CC%88ngolia",
  "null",
  "undefined",
  "-1",
  "9".repeat(40),
  "a%20b",
  "%0d%0aSet-Cookie:%20x=1",
  "CON",
];
const QUERY = ["", "%00", "<script>", "'\"&|!():*", "x".repeat(1000), "%E0%A4%A", "-", "\\", "2011-02-30", "99999999999999999999", "NaN", "[]", "{}"];

type Probe = { name: string; send: () => Promise<number> };

/** Status of a raw request line (what no browser would send). */
function raw(port: number, head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(head));
    let out = "";
    socket.on("data", (d) => (out += d.toString("latin1")));
    socket.on("end", () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(out)?.[1] ?? 0)));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(head.slice(0, 60))}`)));
  });
}

/** Every server action of the admin build, with a page it can be posted to. */
function serverActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "apps/admin/.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => {
    const worker = Object.keys(a.workers).sort((x, y) => x.length - y.length)[0]!;
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace("[id]", "event_2020-qatar-memorandum")
        .replace("[kind]", "event") || "/";
    return { id, name: a.exportedName, page };
  });
}

/** A fingerprint of everything the atlas holds (the audit log and sign-in counters excepted). */
async function holdings(databaseUrl: string): Promise<string> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const tables = ["Entry", "Revision", "User", "Site", "Country", "Event", "Citation", "SearchDocument", "SlugRedirect", "RevalidationJob"];
    const rows: string[] = [];
    for (const t of tables) rows.push((await db.query<{ h: string }>(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)).rows[0]!.h);
    return rows.join(",");
  } finally {
    await db.end();
  }
}

test("300+ bad requests to every part of both apps: never a 5xx, never a change", async () => {
  test.setTimeout(300_000);
  const { accounts, databaseUrl } = readState();
  const web = await playwrightRequest.newContext({ baseURL: webUrl });
  const anonymous = await playwrightRequest.newContext({ baseURL: adminUrl });
  const editor = await playwrightRequest.newContext({ baseURL: adminUrl });
  await signInWithForm(editor, accounts.editor.email, accounts.editor.password);
  const before = await holdings(databaseUrl);
  const probes: Probe[] = [];
  const get = (ctx: APIRequestContext, url: string) =>
    probes.push({ name: `GET ${url.slice(0, 80)}`, send: async () => (await ctx.get(url, { maxRedirects: 0, timeout: 20_000 })).status() });
  const send = (ctx: APIRequestContext, method: string, url: string, body?: string, headers: Record<string, string> = {}) =>
    probes.push({
      name: `${method} ${url.slice(0, 60)} ${JSON.stringify(headers).slice(0, 60)}`,
      send: async () => (await ctx.fetch(url, { method, data: body === undefined ? undefined : Buffer.from(body), headers, maxRedirects: 0, timeout: 20_000 })).status(),
    });

  // Public pages, the JSON API and feeds, with hostile slugs and parameters.
  for (const h of HOSTILE) {
    for (const base of ["/countries/", "/events/", "/organizations/", "/people/", "/api/v1/countries/", "/feeds/countries/"]) get(web, `${base}${h}`);
    get(web, `/api/v1/export/${h}.csv`);
  }
  for (const q of QUERY) {
    get(web, `/search?q=${q}&page=${q}`);
    get(web, `/timeline?from=${q}&to=${q}&type=${q}&country=${q}&page=${q}`);
    get(web, `/countries?region=${q}&mission=${q}&before=${q}`);
    get(web, `/api/v1/events?year=${q}&page=${q}&type=${q}`);
    get(web, `/api/v1/countries?region=${q}&before=${q}`);
  }
  for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "FOO"]) {
    for (const url of ["/api/v1/countries", "/api/v1/events", "/api/v1/export", "/countries/russia", "/feeds/events.xml", "/"]) send(web, method, url);
  }
  for (const body of ["", "{", '{"tags":"x"}', "x".repeat(100 * 1024), '{"tags":["a"]}']) send(web, "POST", "/api/revalidate", body, { "content-type": "application/json" });
  send(web, "POST", "/countries/russia", "a=1", { "content-type": "application/x-www-form-urlencoded" });
  // Request lines no browser sends.
  for (const port of [ports.web, ports.admin]) {
    for (const line of [
      "GET *",
      "OPTIONS *",
      "GET http://evil.example/countries/russia",
      "GET //evil.example/",
      "GET /%",
      "GET /" + "a".repeat(9000),
      "TRACE /",
      "GET ../../etc/passwd",
      "CONNECT evil.example:443",
      "CONNECT /api/v1/countries",
    ]) {
      probes.push({ name: `${port} ${line.slice(0, 50)}`, send: () => raw(port, `${line} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`) });
    }
  }
  // Admin pages and auth endpoints, signed out and signed in.
  for (const ctx of [anonymous, editor]) {
    for (const h of HOSTILE.slice(0, 12)) {
      for (const base of ["/entries/", "/revisions/", "/review/", "/entries/new/"]) get(ctx, `${base}${h}`);
      get(ctx, `/entries/event_2020-qatar-memorandum/compare?from=${h}&to=${h}`);
      get(ctx, `/entries?kind=${h}&status=${h}&q=${h}&after=${h}`);
      get(ctx, `/audit?action=${h}&from=${h}&after=${h}&before=${h}`);
    }
  }
  for (const url of [
    "/api/auth/%E0%A4%A",
    "/api/auth/signin",
    "/api/auth/session",
    "/api/auth/providers",
    "/api/auth/csrf",
    "/api/auth/nothing",
    "/api/auth/callback/credentials",
  ]) {
    get(anonymous, url);
    send(anonymous, "POST", url, "csrfToken=x&email=a&password=b", { "content-type": "application/x-www-form-urlencoded" });
    send(anonymous, "POST", url, "{", { "content-type": "application/json" });
  }
  send(anonymous, "GET", "/api/auth/session", undefined, { cookie: "authjs.session-token=garbage; __Secure-authjs.session-token=%00" });
  // Every server action: payloads it cannot have been sent, from the app's own origin and from another.
  const actions = serverActions();
  expect(actions.length).toBeGreaterThanOrEqual(15);
  const malformed: [string, string][] = [
    ["text/plain;charset=UTF-8", '["a",'],
    ["text/plain;charset=UTF-8", '["$F1"]'],
    ["text/plain;charset=UTF-8", '["$h1"]'],
    ["text/plain;charset=UTF-8", '["$Q1"]'],
    ["text/plain;charset=UTF-8", '["$B1"]'],
    ["text/plain;charset=UTF-8", "[".repeat(3000) + "]".repeat(3000)],
    ["text/plain;charset=UTF-8", JSON.stringify(Array(200_000).fill(1))],
    ["text/plain;charset=UTF-8", '["\\ud800"]'],
    ["multipart/form-data", "x"],
    ["application/json", "[]"],
  ];
  for (const action of actions) {
    for (const [type, body] of malformed) send(editor, "POST", action.page, body, { "next-action": action.id, "content-type": type, origin: adminUrl });
    send(editor, "POST", action.page, "[]", { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" });
    send(anonymous, "POST", action.page, '["x","y"]', { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin: adminUrl });
  }
  send(editor, "POST", "/", "x".repeat(1_100_000), { "next-action": actions[0]!.id, "content-type": "text/plain;charset=UTF-8", origin: adminUrl });
  send(editor, "POST", "/", "[]", { "next-action": "zz", "content-type": "text/plain;charset=UTF-8", origin: adminUrl });
  send(editor, "POST", "/", "[]", { "next-action": "00".repeat(21), "content-type": "text/plain;charset=UTF-8", origin: adminUrl });
  send(editor, "POST", "/login", "$ACTION_ID_zz=1", { "content-type": "application/x-www-form-urlencoded", origin: adminUrl });

  expect(probes.length).toBeGreaterThanOrEqual(300);
  const failures: string[] = [];
  // A few at a time, as a determined client would.
  for (let i = 0; i < probes.length; i += 8) {
    const batch = probes.slice(i, i + 8);
    const statuses = await Promise.all(batch.map((p) => p.send().catch((e: unknown) => `error: ${(e as Error).message}`)));
    statuses.forEach((s, j) => {
      if (typeof s !== "number" || s >= 500 || s === 0) failures.push(`${batch[j]!.name} → ${s}`);
    });
  }
  expect(failures).toEqual([]);
  expect(await holdings(databaseUrl)).toBe(before);
  await Promise.all([web, anonymous, editor].map((c) => c.dispose()));
});
