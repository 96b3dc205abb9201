import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { signedIn } from "../support/admin.ts";
import { adminUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

async function seriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the admin app's pages pass automated accessibility checks", async ({ browser }) => {
  const problems: string[] = [];
  const anonymous = await (await browser.newContext({ baseURL: adminUrl })).newPage();
  await anonymous.goto("/login");
  problems.push(...(await seriousViolations(anonymous, "/login")));

  const page = await signedIn(browser, readState().accounts.admin);
  const entry = "/entries/event_2011-08-biden-visit";
  for (const path of ["/", "/entries", "/entries/new", "/entries/new/event", "/entries/new/mission", entry, `${entry}/edit`, "/paste", "/review", "/users", "/audit"]) {
    await page.goto(path);
    problems.push(...(await seriousViolations(page, path)));
  }
  // The form as an editor meets it after a refused submission: every field error announced.
  await page.goto("/entries/new/event");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
  problems.push(...(await seriousViolations(page, "/entries/new/event with errors")));
  expect(problems).toEqual([]);
});
