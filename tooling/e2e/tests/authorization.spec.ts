import { expect, test, type Page } from "@playwright/test";

import { setUserActive } from "@atlas/core/users";
import { createDb } from "@atlas/db";

import { signedIn } from "../support/admin.ts";
import { adminUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

// Every admin page × {anonymous, deactivated user, editor, admin}. Server actions are covered
// by apps/admin/test/actions-authorization.test.ts against the same rules.

async function routes() {
  const { databaseUrl } = readState();
  const db = createDb(databaseUrl, { max: 1 });
  const seeded = await db.revision.findFirstOrThrow({ where: { entryId: "event_2011-08-biden-visit", status: "PUBLISHED" }, orderBy: { publishedVersion: "desc" } });
  await db.$disconnect();
  const e = "event_2011-08-biden-visit";
  return {
    editor: [
      "/",
      "/entries",
      "/entries/new",
      "/entries/new/event",
      `/entries/${e}`,
      `/entries/${e}/edit`,
      `/entries/${e}/compare?from=${seeded.id}&to=${seeded.id}`,
      `/revisions/${seeded.id}`,
      "/paste",
    ],
    admin: ["/review", "/users", "/audit"],
  };
}

async function status(page: Page, path: string) {
  const res = await page.goto(path);
  return { status: res?.status(), url: page.url() };
}

test("anonymous visitors are sent to sign in from every page", async ({ browser }) => {
  const r = await routes();
  const page = await (await browser.newContext({ baseURL: adminUrl })).newPage();
  for (const path of [...r.editor, ...r.admin]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/login\?callbackUrl=/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }
});

test("a deactivated user's open session ends at once", async ({ browser }) => {
  const { accounts, databaseUrl } = readState();
  const page = await signedIn(browser, accounts.editor2);
  const db = createDb(databaseUrl, { max: 1 });
  const [admin, target] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: accounts.admin.email } }),
    db.user.findUniqueOrThrow({ where: { email: accounts.editor2.email } }),
  ]);
  await setUserActive({ db, actor: { ...admin, role: "ADMIN" }, input: { userId: target.id, active: false } });
  const r = await routes();
  for (const path of [...r.editor, ...r.admin]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/login/);
  }
  await page.getByLabel("Email").fill(accounts.editor2.email);
  await page.getByLabel("Password").fill(accounts.editor2.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await setUserActive({ db, actor: { ...admin, role: "ADMIN" }, input: { userId: target.id, active: true } });
  await db.$disconnect();
});

test("editors reach editor pages and get a 403 on admin pages", async ({ browser }) => {
  const { accounts } = readState();
  const page = await signedIn(browser, accounts.editor);
  const r = await routes();
  for (const path of r.editor) expect(await status(page, path), path).toMatchObject({ status: 200 });
  for (const path of r.admin) {
    expect(await status(page, path), path).toMatchObject({ status: 403 });
    await expect(page.getByRole("heading", { name: "Not for your role" })).toBeVisible();
  }
});

test("admins reach every page", async ({ browser }) => {
  const { accounts } = readState();
  const page = await signedIn(browser, accounts.admin);
  const r = await routes();
  for (const path of [...r.editor, ...r.admin]) expect(await status(page, path), path).toMatchObject({ status: 200 });
  for (const path of ["/entries/%00", "/entries/%E0%A4%A", "/revisions/%E0%A4%A", `/review/${"x".repeat(500)}`]) {
    expect((await page.request.get(path)).status(), path).toBeGreaterThanOrEqual(400);
    expect((await page.request.get(path)).status(), path).toBeLessThan(500);
  }
});
