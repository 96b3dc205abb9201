import { expect, test, type Page } from "@playwright/test";

import { adminPages } from "../support/admin-pages.ts";
import { signedIn } from "../support/admin.ts";
import { readState } from "../support/state.ts";

/** Errors the browser reports while a page loads, hydrates and settles (console errors and uncaught exceptions). */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

test("no admin page shows an error in the browser's console, for an editor or an admin", async ({ browser }) => {
  // Some forty pages, each loaded, settled and checked.
  test.setTimeout(600_000);
  const { accounts } = readState();
  const pages = adminPages();
  const found: string[] = [];
  for (const [account, paths] of [
    [accounts.editor, pages.editor],
    [accounts.admin, pages.admin],
  ] as const) {
    const page = await signedIn(browser, account);
    const errors = watchErrors(page);
    for (const path of paths) {
      errors.length = 0;
      await page.goto(path);
      await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
      // Links in view are prefetched and forms settle a moment after load.
      await page.waitForTimeout(800);
      found.push(...errors.map((e) => `${account.role} ${path}: ${e}`));
    }
    await page.context().close();
  }
  expect(found).toEqual([]);
});
