import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every layout a reader meets: the light and dark themes on a desktop, and a phone. */
const LAYOUTS: Record<string, BrowserContextOptions> = {
  "light desktop": { colorScheme: "light", viewport: { width: 1280, height: 900 } },
  "dark desktop": { colorScheme: "dark", viewport: { width: 1280, height: 900 } },
  phone: { colorScheme: "light", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

const LISTS = [
  "/",
  "/countries",
  "/countries?before=1990",
  "/countries?on=2000-01-01&status=relations",
  "/countries/russia",
  "/countries/china",
  "/timeline",
  "/map",
  "/organizations",
  "/people",
  "/sources",
  "/sources/ref-7",
  "/search?q=korea",
  "/data",
  "/about",
  "/license",
  "/contact",
  "/changes?page=%2Fcountries%2Fchina&since=2026-01-01",
];

/** One page of each detail kind, found the way a reader finds it: the first link from its list. */
async function detailPages(page: Page) {
  const found: string[] = [];
  for (const [list, prefix] of [
    ["/timeline", "/events/"],
    ["/organizations", "/organizations/"],
    ["/people", "/people/"],
    ["/sources", "/sources/"],
  ] as const) {
    await page.goto(list);
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
    expect(href, `a link to ${prefix}… on ${list}`).toBeTruthy();
    found.push(href!.split("#")[0]!);
  }
  return found;
}

/**
 * A permanent version of a page: the one China's page cites. Its moment must be a minute old
 * before it is final (until then the address shows today's page), so this waits for that.
 */
async function versionPage(page: Page) {
  await page.goto("/countries/china");
  const href = await page.getByRole("region", { name: "Cite this page" }).getByRole("link").first().getAttribute("href");
  const path = new URL(href!).pathname;
  const moment = Date.parse(decodeURIComponent(path.split("/as-of/")[1]!));
  await page.waitForTimeout(Math.max(0, moment + 61_000 - Date.now()));
  return path;
}

async function violations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${label}: ${v.impact} ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

async function check(browser: Browser, layout: string, paths: string[]) {
  const context = await browser.newContext({ ...LAYOUTS[layout], baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const problems: string[] = [];
  // The dark run must really be dark: a page whose surface stayed light would pass axe vacuously.
  await page.goto("/");
  const surface = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number));
  expect(
    surface.reduce((a, b) => a + b),
    `${layout} page surface ${surface.join(",")}`,
  )[LAYOUTS[layout]!.colorScheme === "dark" ? "toBeLessThan" : "toBeGreaterThan"](3 * 128);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path.startsWith("/no-such") ? 404 : 200);
    problems.push(...(await violations(page, `${layout} ${path}`)));
  }
  await context.close();
  return problems;
}

test.describe("the public site's accessibility", () => {
  for (const layout of Object.keys(LAYOUTS)) {
    test(`every page type has no axe violations (${layout})`, async ({ browser, page }) => {
      test.setTimeout(240_000);
      const paths = [...LISTS, ...(await detailPages(page)), await versionPage(page), "/no-such-page"];
      expect(await check(browser, layout, paths)).toEqual([]);
    });
  }
});
