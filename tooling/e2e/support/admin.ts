import { expect, type Browser, type Page } from "@playwright/test";

import { adminUrl } from "./ports.ts";
import type { Account } from "./state.ts";

/** A fresh browser context signed in to the admin app as `account`. */
export async function signedIn(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL: adminUrl });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${account.name}` })).toBeVisible();
  return page;
}

/** Picks an entry in a search-as-you-type picker. */
export async function pick(page: Page, fieldLabel: string | RegExp, search: string, option: string | RegExp) {
  const box = page.getByRole("combobox", { name: fieldLabel });
  await box.click();
  await box.fill(search);
  await page.getByRole("option", { name: option }).first().click();
}
