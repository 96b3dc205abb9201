import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Moves focus with the Tab key alone (Shift+Tab with `back`) until `target` has it, as a keyboard
 * user does; fails if it takes more than `most` presses. Returns the presses used.
 */
export async function tabTo(page: Page, target: Locator, most = 60, back = false): Promise<number> {
  const handle = await target.elementHandle();
  for (let presses = 0; presses <= most; presses++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return presses;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${String(target)} was not reached in ${most} presses of Tab`);
}

/** Reaches `target` with Tab and presses Enter on it. */
export async function tabAndEnter(page: Page, target: Locator, most = 60, back = false): Promise<number> {
  await expect(target).toBeVisible();
  const presses = await tabTo(page, target, most, back);
  await page.keyboard.press("Enter");
  return presses;
}

/** A full-page screenshot of a step, where E2E_SHOTS_DIR says (for a person to look at; never committed). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
