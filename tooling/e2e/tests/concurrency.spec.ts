import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";

import { marks, signInWithForm, submitForm } from "../support/form-client.ts";
import { adminUrl, webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

const ROUNDS = 5;
const SHARED_ENTRY = "event_2020-qatar-memorandum";
const QUERIES = [
  "refugees",
  "Tianjin",
  "Biden",
  "Putin",
  "Qatar",
  "Canada",
  "Bulgaria",
  "embassy",
  "strategic alliance",
  "trade",
  "police",
  "delegation",
  "Elbegdorj",
  "Wallace",
  "consulate",
  "sovereignty",
  "declaration",
  "memorandum",
  "Egypt",
  "anniversary",
];
const YEARS = [1944, 1948, 1961, 1973, 1991, 2001, 2002, 2006, 2007, 2011];

/** Lower case without accents: search ignores both (Égypte ~ Egypt). */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** A highlighted word belongs to a query when they share a stem (search is stemmed: visit ~ visited). */
const belongsTo = (mark: string, query: string) =>
  fold(query)
    .split(/\s+/)
    .some((word) => {
      const m = fold(mark);
      const n = Math.min(word.length, m.length, 5);
      return m.slice(0, n) === word.slice(0, n);
    });

type Outcome = { who: string; ok: boolean; detail: string };

async function searchAs(web: APIRequestContext, query: string): Promise<Outcome> {
  const res = await web.get(`/search?q=${encodeURIComponent(query)}`);
  if (res.status() !== 200) return { who: `search ${query}`, ok: false, detail: `HTTP ${res.status()}` };
  const found = marks(await res.text());
  const foreign = found.filter((m) => !belongsTo(m, query));
  return { who: `search ${query}`, ok: found.length > 0 && foreign.length === 0, detail: `marks: ${found.join(", ")}` };
}

async function eventsOf(web: APIRequestContext, year: number): Promise<Outcome> {
  const res = await web.get(`/api/v1/events?year=${year}`);
  if (res.status() !== 200) return { who: `events ${year}`, ok: false, detail: `HTTP ${res.status()}` };
  const body = (await res.json()) as { data: { start: { edtf: string } }[] };
  const years = body.data.map((e) => Number(e.start.edtf.slice(0, 4)));
  return { who: `events ${year}`, ok: years.length > 0 && years.every((y) => y === year), detail: `years: ${years.join(", ")}` };
}

/** An editor's draft through the edit form; a save lands on the revision page or names a conflict. */
async function saveAs(admin: APIRequestContext, path: string, payload: Record<string, unknown>, who: string): Promise<Outcome> {
  const res = await submitForm(admin, path, "payload", { payload: JSON.stringify(payload), intent: "save", message: "" });
  const html = await res.text();
  const stored = res.status() === 200 && /\/revisions\/[0-9a-f-]{36}\?done=save$/.test(res.url());
  const conflict = /published as version \d+ after your draft began/.test(html);
  return { who, ok: stored || conflict, detail: `HTTP ${res.status()} at ${res.url()}` };
}

test("20 editors save drafts while 30 readers search and browse, five rounds: no errors, no mixed answers", async () => {
  test.setTimeout(300_000);
  const { crowd, databaseUrl } = readState();
  const editors = await Promise.all(crowd.map(() => playwrightRequest.newContext({ baseURL: adminUrl })));
  const web = await playwrightRequest.newContext({ baseURL: webUrl });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await Promise.all(crowd.map((account, i) => signInWithForm(editors[i]!, account.email, account.password)));
    const shared = (
      await db.query<{ payload: Record<string, unknown> }>(
        `SELECT r.payload FROM "Revision" r JOIN "Entry" e ON e.id = r."entryId" AND r."publishedVersion" = e.version WHERE e.id = $1`,
        [SHARED_ENTRY],
      )
    ).rows[0]!.payload;

    for (let round = 1; round <= ROUNDS; round++) {
      const saves = crowd.map((_, i) =>
        i < 10
          ? saveAs(editors[i]!, `/entries/${SHARED_ENTRY}/edit`, { ...shared, description: `Round ${round}: editor ${i}'s wording.` }, `editor ${i} (shared entry)`)
          : saveAs(
              editors[i]!,
              "/entries/new/organization",
              { slug: `crowd-org-${round}-${i}`, name: `Crowd Organisation ${round}-${i}`, kind: "FORUM", aliases: [], citations: [] },
              `editor ${i} (new entry)`,
            ),
      );
      const reads = [...QUERIES.map((q) => searchAs(web, q)), ...YEARS.map((y) => eventsOf(web, y))];
      const outcomes = await Promise.all([...saves, ...reads]);
      const failures = outcomes.filter((o) => !o.ok).map((o) => `${o.who}: ${o.detail}`);
      expect(failures, `round ${round}`).toEqual([]);
    }

    // Every save was kept: each editor's one open draft of the shared entry holds their last words,
    // and every new organisation exists as a draft of its author.
    const drafts = await db.query<{ email: string; description: string; n: string }>(
      `SELECT u.email, max(r.payload->>'description') AS description, count(*) AS n FROM "Revision" r JOIN "User" u ON u.id = r."authorId"
       WHERE r."entryId" = $1 AND r.status = 'DRAFT' AND u.email LIKE 'e2e-crowd-%' GROUP BY u.email ORDER BY u.email`,
      [SHARED_ENTRY],
    );
    expect(drafts.rows).toHaveLength(10);
    for (const row of drafts.rows) {
      const i = Number(/crowd-(\d+)@/.exec(row.email)![1]);
      expect(row).toMatchObject({ n: "1", description: `Round ${ROUNDS}: editor ${i}'s wording.` });
    }
    const created = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Revision" WHERE status = 'DRAFT' AND payload->>'slug' LIKE 'crowd-org-%'`);
    expect(Number(created.rows[0]!.n)).toBe(ROUNDS * 10);
    // Nothing an editor saved reached the public site.
    expect((await db.query(`SELECT 1 FROM "Organization" WHERE slug LIKE 'crowd-org-%'`)).rowCount).toBe(0);
  } finally {
    await db.end();
    await Promise.all([...editors, web].map((c) => c.dispose()));
  }
});
