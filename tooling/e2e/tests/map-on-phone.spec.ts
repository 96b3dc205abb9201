import { expect, test, type Locator, type Page } from "@playwright/test";

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const box = async (l: Locator) => (await l.boundingBox())!;
const contrast = (a: number[], b: number[]) => {
  const lum = (c: number[]) => {
    const [r, g, b2] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const rgb = (page: Page, selector: string, property: "fill" | "backgroundColor") =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el)[p].match(/\d+/g)!.slice(0, 3).map(Number), property);

test.describe("the map on a phone", () => {
  test.use(PHONE);

  test("fits the screen, and a tap on China shows its count and a link; a second tap opens it", async ({ page }) => {
    await page.goto("/map");
    const map = page.locator(".world-map");
    const viewport = page.viewportSize()!;
    const frame = await box(map);
    expect(frame.x + frame.width, "the map fits the screen's width").toBeLessThanOrEqual(viewport.width);
    expect(await map.locator(".map-viewport").evaluate((el) => el.scrollWidth - el.clientWidth), "nothing to scroll sideways").toBeLessThanOrEqual(0);

    const china = map.locator('a[data-name="China"]');
    await china.locator("path").tap({ force: true });
    const picked = page.locator("[data-map-picked]");
    await expect(picked).toContainText(/China: \d+ events?, \d+ missions?, \d+ shared memberships?, \d+ facts?/);
    await expect(picked.getByRole("link", { name: "Open the page on Mongolia and China" })).toHaveAttribute("href", "/countries/china");
    await expect(page).toHaveURL(/\/map$/);
    await china.locator("path").tap({ force: true });
    await expect(page).toHaveURL(/\/countries\/china$/);
  });

  test("small states are dots a finger can hit: 24 px at least, apart from each other", async ({ page }) => {
    await page.goto("/map");
    const dots = page.locator(".map-dot");
    const names = await dots.evaluateAll((els) => els.map((el) => el.getAttribute("data-name")));
    expect(names).toEqual(expect.arrayContaining(["Qatar", "Taiwan", "Bulgaria", "North Korea"]));
    const boxes = await Promise.all((await dots.all()).map(box));
    for (const b of boxes) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(false);
      }
  });

  test("zooms in and out with buttons, the dots keeping their size", async ({ page }) => {
    await page.goto("/map");
    const qatar = page.locator('.map-dot[data-name="Qatar"]');
    const before = await box(qatar);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(page.getByRole("button", { name: "Zoom out" })).toBeEnabled();
    await expect.poll(async () => (await box(qatar)).x).not.toBe(before.x);
    expect(Math.round((await box(qatar)).width)).toBe(Math.round(before.width));
    await page.getByRole("button", { name: "Show the whole map" }).click();
    await expect(page.getByRole("button", { name: "Zoom out" })).toBeDisabled();
  });
});

test("a country's count shows on keyboard focus too", async ({ page }) => {
  await page.goto("/map");
  await page.locator('.world-map a[data-name="Russia"]').focus();
  await expect(page.locator("[data-map-picked]")).toContainText(/Russia: \d+ events?/);
});

test("the legend's steps are told apart, and the most ties stand out in the dark theme too", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/map");
    const steps = await Promise.all([0, 1, 2, 3, 4].map((i) => rgb(page, `figcaption .tie-${i}`, "backgroundColor")));
    for (let i = 1; i < steps.length; i++) expect(contrast(steps[i - 1]!, steps[i]!), `${colorScheme}: step ${i - 1} against ${i}`).toBeGreaterThan(1.4);
    const surface = await rgb(page, ".world-map", "backgroundColor");
    expect(contrast(steps[4]!, surface), `${colorScheme}: 11+ against the map's surface`).toBeGreaterThanOrEqual(3);
    await context.close();
  }
});
