// @ts-expect-error -- citation-js ships no types; only its RIS reader is used here.
import * as citationJs from "@citation-js/core";
import { expect, test } from "@playwright/test";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";

import { approveRevision, saveDraft, submitRevision } from "@atlas/core";
import { createDb } from "@atlas/db";

import { readState } from "../support/state.ts";

import "@citation-js/plugin-ris";

const { Cite } = citationJs as { Cite: new (input: string) => { data: { title: string; URL: string; type: string }[] } };

const ADDED = "An exchange of cadets followed in the next decade.";

// A moment is final a minute after it (a publish stamped before it may still be committing).
const SETTLED_MS = 61_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

test("a reader opens the Egypt page as it stood before an edit: the old words, a banner, the way to today's page and the citation", async ({ page, request }) => {
  test.setTimeout(180_000);
  const { databaseUrl, accounts } = readState();
  const db = createDb(databaseUrl, { max: 2 });
  // The moment a reader cited the page: everything published up to now, nothing after.
  const { at } = (await db.$queryRaw<{ at: Date }[]>`SELECT max("reviewedAt") AS at FROM "Revision" WHERE "status" = 'PUBLISHED'`)[0]!;
  const key = new Date(Math.ceil(at.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
  await sleep(new Date(key).getTime() + 1100 - Date.now());

  // Then an editor adds a sentence to the summary, and an admin publishes it.
  const user = async (email: string, role: "EDITOR" | "ADMIN") => ({
    ...(await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } })),
    role,
  });
  const [editor, admin] = await Promise.all([user(accounts.editor.email, "EDITOR"), user(accounts.admin.email, "ADMIN")]);
  const published = await db.revision.findFirstOrThrow({ where: { entryId: "rel_egypt", status: "PUBLISHED" }, orderBy: { publishedVersion: "desc" } });
  const payload = published.payload as { summary: string };
  const saved = await saveDraft({
    db,
    actor: editor,
    input: { kind: "RELATIONSHIP", entryId: "rel_egypt", payload: { ...payload, summary: `${payload.summary} ${ADDED}` } },
  });
  await submitRevision({ db, actor: editor, input: saved });
  await approveRevision({ db, actor: { ...admin, role: "ADMIN" }, input: saved, policy: { allowSelfApproval: false } });
  await db.$disconnect();
  await sleep(new Date(key).getTime() + SETTLED_MS - Date.now());

  // The address a reader was given (?as-of=) leads to the permanent one.
  await page.goto(`/countries/egypt?as-of=${key}`);
  // (Next passes the query on: the address may keep "?as-of=…" after the path; the path decides.)
  await expect(page).toHaveURL(new RegExp(`/countries/egypt/as-of/${key.replaceAll(":", "(:|%3A)")}(\\?.*)?$`));
  const banner = page.getByRole("complementary", { name: "Version of this page" });
  await expect(banner).toContainText("A permanent version");
  await expect(page.locator("#relationship")).toContainText("Mongolia sent policemen to Egypt");
  await expect(page.locator("#relationship")).not.toContainText(ADDED);

  // What changed since: the summary, edited after the moment.
  await banner.getByRole("link", { name: "What changed since" }).click();
  await expect(page.getByRole("row", { name: /Changed.*Mongolia – Egypt relations.*Relationship summary/ })).toBeVisible();
  await page.goBack();
  await expect(banner.getByRole("link", { name: "Read the current page" })).toHaveAttribute("href", "/countries/egypt");

  // Cite this page: the version's own address, in every format, each read back by a parser.
  const cite = page.getByRole("region", { name: "Cite this page" });
  const url = await cite.getByRole("link", { name: /\/countries\/egypt\/as-of\// }).innerText();
  expect(url).toMatch(new RegExp(`^https?://[^/]+/countries/egypt/as-of/${key}$`));
  await expect(cite.locator('[data-format="apa"]')).toContainText(`Mongolia – Egypt relations.`);
  await expect(cite.locator('[data-format="apa"]')).toContainText(url);
  await expect(cite.locator('[data-format="chicago"]')).toContainText(`“Mongolia – Egypt relations.”`);
  await cite.getByText("BibTeX", { exact: true }).click();
  const bibtex = parseBibtex(await cite.locator('[data-format="bib"]').innerText());
  expect(bibtex.errors).toEqual([]);
  expect(bibtex.entries).toHaveLength(1);
  expect(bibtex.entries[0]!.fields.url).toBe(url);
  expect(bibtex.entries[0]!.fields.title).toBe("Mongolia – Egypt relations");
  await cite.getByText("RIS (EndNote, Zotero, Mendeley)").click();
  const [ris] = new Cite(await cite.locator('[data-format="ris"]').innerText()).data;
  expect(ris).toMatchObject({ title: "Mongolia – Egypt relations", URL: url });
  await cite.getByText("CSL-JSON", { exact: true }).click();
  expect(JSON.parse(await cite.locator('[data-format="json"]').innerText())).toEqual([expect.objectContaining({ type: "webpage", URL: url })]);

  // The API gives the same moment, and says it may be kept for good.
  const api = await request.get(`/api/v1/countries/egypt?as-of=${key}`);
  expect(api.status()).toBe(200);
  expect(api.headers()["cache-control"]).toMatch(/immutable/);
  const body = (await api.json()) as { data: { relationship: { summary: string } }; meta: { asOf: string } };
  expect(body.meta.asOf).toBe(key);
  expect(body.data.relationship.summary).not.toContain(ADDED);
});

test("a moment that is not a date, or one before the page existed, has no version", async ({ page, request }) => {
  expect((await page.goto("/countries/egypt/as-of/2026-02-30"))?.status()).toBe(404);
  expect((await page.goto("/countries/egypt/as-of/1999-01-01"))?.status()).toBe(404);
  const bad = await request.get("/api/v1/countries/egypt?as-of=yesterday");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { problems: string[] }).problems[0]).toMatch(/not a date/);
});

test("today's page cites a version of itself", async ({ page }) => {
  await page.goto("/countries/china");
  const cite = page.getByRole("region", { name: "Cite this page" });
  await expect(cite.getByRole("link", { name: /\/countries\/china\/as-of\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/ })).toBeVisible();
  await page.goto("/events/2011-08-biden-visit");
  await expect(page.getByRole("region", { name: "Cite this page" }).locator('[data-format="apa"]')).toContainText("Biden");
});
