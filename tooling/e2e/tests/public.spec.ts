import { mkdirSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { signRequest } from "@atlas/core/revalidation-signature";

import { adminUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

test.describe("the public site", () => {
  test("home → the China page → a footnote and back", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Mongolia's foreign relations" })).toBeVisible();
    await page.getByRole("link", { name: /^China: \d+ events?,/ }).click();
    await expect(page).toHaveURL(/\/countries\/china$/);
    await expect(page.getByRole("heading", { level: 1, name: "China" })).toBeVisible();
    // Cited as this version of the page, at an address that will not change.
    const cite = page.getByRole("region", { name: "Cite this page" });
    await expect(cite.getByRole("link", { name: /^http\S+\/countries\/china\/as-of\/\d{4}-\d{2}-\d{2}/ })).toBeVisible();
    await expect(cite.locator("[data-format=apa]")).toContainText("Mongolia – China relations");

    const marker = page.locator("#relationship").getByRole("link", { name: "Source [1]" });
    await marker.click();
    await expect(page).toHaveURL(/#ref-1$/);
    const reference = page.locator("#ref-1");
    await expect(reference).toBeInViewport();
    await expect(reference).toContainText("China has become Mongolia's biggest trade partner");

    await reference
      .getByRole("link", { name: /Back to the text citing source 1/ })
      .first()
      .click();
    await expect(page).toHaveURL(/#cite-relationship-1$/);
    await expect(marker).toBeInViewport();
  });

  test("the Russia page lists its five missions", async ({ page }) => {
    await page.goto("/countries/russia");
    const rows = page.locator("#missions").locator("xpath=following::table[1]").locator("tbody tr");
    await expect(rows).toHaveCount(5);
    const missions: [string, string][] = [
      ["Embassy", "Moscow"],
      ["Consulate general", "Irkutsk"],
      ["Consulate general", "Kyzyl"],
      ["Consulate general", "Ulan-Ude"],
      ["Branch office", "Yekaterinburg"],
    ];
    for (const [mission, city] of missions) {
      // By the city's own cell: a row's text also holds its footnotes' previews, which may name other cities.
      await expect(rows.filter({ has: page.getByRole("cell", { name: city, exact: true }) })).toContainText(mission);
    }
  });

  test("a search for refugees finds the North Korea estimate", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search the atlas" }).fill("refugees");
    await page.getByRole("searchbox", { name: "Search the atlas" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=refugees/);
    const hit = page.getByRole("link", { name: "North Korean refugees entering Mongolia" });
    await expect(hit).toBeVisible();
    await expect(page.locator("mark").first()).toHaveText(/refugees/i);
    await hit.click();
    await expect(page).toHaveURL(/\/countries\/north-korea#fact-/);
    const fact = page.locator('[id^="fact-"]');
    await expect(fact).toContainText("about 500 people per month");
    await expect(fact).toContainText("Estimate by one scholar");
  });

  test("the organisations page shows SCO with observer status", async ({ page }) => {
    await page.goto("/organizations");
    const sco = page.getByRole("row", { name: /Shanghai Cooperation Organisation/ });
    await expect(sco).toContainText("observer");
    await expect(page.getByRole("row", { name: /United Nations \(UN\)/ })).toContainText("1961");
  });

  test("the timeline filtered to 2011 shows Biden's visit and Elbegdorj's visit to Japan", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByLabel("From year").fill("2011");
    await page.getByLabel("To year").fill("2011");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/from=2011&to=2011/);
    const titles = page.locator("article h2");
    await expect(titles).toHaveText(["Vice President Joe Biden visits Mongolia", "President Elbegdorj visits Japan; strategic alliance announced"]);
    await expect(page.locator("article").first()).toContainText("August 2011");
  });

  test("a country page at phone width (kept as an artifact)", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/countries/north-korea");
    await expect(page.getByRole("heading", { level: 1, name: "North Korea" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "nothing sticks out sideways on a phone").toBeLessThanOrEqual(0);
    const dir = path.resolve("../../test-results/e2e-artifacts");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "country-page-phone.png");
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach("country page on a phone", { path: file, contentType: "image/png" });
  });

  test("both apps send a content security policy and refuse framing by other sites", async ({ request }) => {
    const web = (await request.get("/countries/china")).headers();
    expect(web["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(web["content-security-policy"]).toContain("default-src 'self'");
    expect(web["x-content-type-options"]).toBe("nosniff");
    const admin = (await request.get(`${adminUrl}/login`)).headers();
    expect(admin["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(admin["x-frame-options"]).toBe("DENY");
  });

  test("an unknown slug is a real 404 page", async ({ page }) => {
    const res = await page.goto("/countries/atlantis");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await page.request.get("/api/v1/countries/atlantis")).status()).toBe(404);
    // Addresses no slug can have: a NUL byte, an overlong name, broken %-encoding.
    for (const prefix of ["/countries/", "/events/", "/people/", "/organizations/", "/api/v1/countries/"]) {
      for (const slug of ["%00", "a".repeat(500)]) expect((await page.request.get(prefix + slug)).status(), prefix + slug).toBe(404);
      expect((await page.request.get(`${prefix}%E0%A4%A`)).status(), `${prefix}%E0%A4%A`).toBe(400);
    }
  });

  test("bad query parameters get a clear message or a 400, never a 500", async ({ page, request }) => {
    const timeline = await page.goto("/timeline?page=-1&year=abc");
    expect(timeline?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "Some filters could not be used" })).toContainText("“abc” is not a year");
    await expect(page.getByRole("status").filter({ hasText: "Some filters could not be used" })).toContainText("Page “-1” does not exist");

    const search = await page.goto(`/search?q=${"x".repeat(10_000)}`);
    expect(search?.status()).toBe(200);
    await expect(page.getByText("Searches are limited to 200 characters")).toBeVisible();

    const api = await request.get("/api/v1/events?page=-1&year=abc");
    expect(api.status()).toBe(400);
    expect(((await api.json()) as { problems: unknown[] }).problems).toHaveLength(2);
    for (const url of ["/countries?region=Atlantis&before=x", "/timeline?type=<script>&country=%00", "/search?q=%27%22%3C%3E%26", "/api/v1/export/nothing.csv"]) {
      expect((await request.get(url)).status(), url).toBeLessThan(500);
    }
  });

  test("the revalidation endpoint takes only signed, fresh, first-time requests with a well-formed body", async ({ request }) => {
    const { revalidateSecret } = readState();
    const post = (body: string, headers: Record<string, string> = {}) =>
      request.post("/api/revalidate", { data: Buffer.from(body), headers: { "content-type": "application/json", ...headers } });
    const good = JSON.stringify({ tags: ["site"] });
    expect((await post(good)).status()).toBe(401);
    expect((await post(good, { authorization: `Bearer ${revalidateSecret}` })).status(), "the old fixed bearer secret").toBe(401);
    expect((await post(good, signRequest("wrong secret ".repeat(3), good))).status()).toBe(401);
    expect((await post(good, signRequest(revalidateSecret, good, Date.now() - 120_000))).status(), "two minutes old").toBe(401);
    const signed = signRequest(revalidateSecret, good);
    expect((await post(JSON.stringify({ tags: ["atlas"] }), signed)).status(), "another body under the same signature").toBe(401);
    const ok = await post(good, signed);
    expect(ok.status()).toBe(200);
    expect(((await ok.json()) as { revalidated: string[] }).revalidated).toEqual(["site"]);
    const replay = await post(good, signed);
    expect(replay.status(), "the same request again").toBe(401);
    expect(((await replay.json()) as { error: string }).error).toBe("This request was already received once.");
    const empty = JSON.stringify({ tags: [] });
    expect((await post(empty, signRequest(revalidateSecret, empty))).status()).toBe(400);
    expect((await post("not json", signRequest(revalidateSecret, "not json"))).status()).toBe(400);
  });

  test("stored text is rendered escaped and the pages pass automated accessibility checks", async ({ page }) => {
    for (const url of ["/", "/countries/china", "/timeline", "/organizations", "/search?q=biden"]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${url}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
});
