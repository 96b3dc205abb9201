import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { adminPages } from "../support/admin-pages.ts";
import { signedIn } from "../support/admin.ts";
import { adminUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

/**
 * Every violation axe finds (WCAG 2.2 AA rules), of any impact, and whether each control's name
 * contains its visible label (WCAG 2.5.3, axe's label-content-name-mismatch, off by default).
 */
async function violations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${label}: ${v.id} [${v.impact}] (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("every admin page passes automated accessibility checks with no violation, for an editor and an admin", async ({ browser }) => {
  // Some forty pages, each loaded, settled and checked.
  test.setTimeout(600_000);
  const problems: string[] = [];
  const anonymous = await (await browser.newContext({ baseURL: adminUrl })).newPage();
  await anonymous.goto("/login");
  problems.push(...(await violations(anonymous, "/login")));

  const { accounts } = readState();
  const pages = adminPages();
  for (const [account, paths] of [
    [accounts.editor, pages.editor],
    [accounts.admin, pages.admin],
  ] as const) {
    const page = await signedIn(browser, account);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
      problems.push(...(await violations(page, `${account.role} ${path}`)));
    }
    await page.context().close();
  }
  // The form as an editor meets it after a refused submission: every field error announced.
  const page = await signedIn(browser, accounts.admin);
  await page.goto("/entries/new/event");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
  problems.push(...(await violations(page, "/entries/new/event with errors")));
  expect(problems).toEqual([]);
});
