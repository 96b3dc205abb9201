import { expect, test } from "@playwright/test";

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

test("on a desktop, the country page's “at a glance” box is as tall as what it holds", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/countries/russia");
  const aside = page.getByRole("complementary", { name: "Russia at a glance" });
  const inner = await aside.evaluate((el) => Array.from(el.children).reduce((h, c) => h + c.getBoundingClientRect().height, 0));
  const { height } = (await aside.boundingBox())!;
  expect(height, "no empty stretch below its content").toBeLessThan(inner + 120);
});

test.describe("on a phone", () => {
  test.use(PHONE);

  test("the navigation shows every item whole", async ({ page }) => {
    await page.goto("/");
    const width = page.viewportSize()!.width;
    for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) {
      const b = (await link.boundingBox())!;
      expect(b.x, await link.innerText()).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, await link.innerText()).toBeLessThanOrEqual(width);
    }
  });

  test("the sources list stacks, so that “Cited by” is on screen for every source", async ({ page }) => {
    await page.goto("/sources");
    const width = page.viewportSize()!.width;
    const cells = page.locator('td[data-label="Cited by"]');
    expect(await cells.count()).toBeGreaterThan(5);
    for (const cell of (await cells.all()).slice(0, 5)) {
      const b = (await cell.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(width);
      await expect(cell).toContainText(/^\d+ entr/);
      // Its label is drawn before it (ui's styles.css): a reader sees "Cited by: 33 entries".
      expect(await cell.evaluate((el) => getComputedStyle(el, "::before").content)).toMatch(/Cited by|attr\(data-label\)/);
    }
  });
});

test("printed, a country page keeps headings with what follows, prints addresses, opens disputes and leaves out the page-as-data links", async ({ page }) => {
  await page.goto("/countries/russia");
  await page.emulateMedia({ media: "print" });
  const heading = page.locator(".section-heading").filter({ has: page.getByRole("heading", { name: /Diplomatic missions/ }) });
  expect(await heading.evaluate((el) => getComputedStyle(el).breakAfter)).toBe("avoid");
  // A link to another page prints with its full address; a link off the site with its own.
  const organisation = page
    .getByRole("row", { name: /Organization for Security and Co-operation in Europe/ })
    .getByRole("link")
    .first();
  const after = await organisation.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(after).toMatch(/^" \(" ?"?https?:\/\/[^"]+"? ?"?\/organizations\/osce"? ?"?\)"$|\(http.*\/organizations\/osce\)/);
  // The dispute's other reading is on paper, not folded away.
  await expect(page.getByRole("row", { name: /Organization for Security and Co-operation in Europe/ })).toContainText("Another reading: member");
  await expect(page.getByRole("row", { name: /Organization for Security and Co-operation in Europe/ }).getByText(/Another reading: member/)).toBeVisible();
  await expect(page.getByText("This page as data")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});
