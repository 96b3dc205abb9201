import { expect, test } from "@playwright/test";

// What a demanding reader checks (issue 13): a footnote per sentence, source pages, disputed
// statements shown as such, forgiving search and dates no more precise than the data.
test.describe("for readers", () => {
  test("every sourced sentence of Russia's summary has its own footnote, with a preview on focus", async ({ page }) => {
    await page.goto("/countries/russia");
    const summary = page.locator("#relationship");
    const markers = summary.getByRole("link", { name: /^Source \[\d+\]$/ });
    // Five sourced sentences, each with its own marker, in numeric order, not all at the end.
    await expect(markers).toHaveCount(5);
    const numbers = (await markers.allInnerTexts()).map((t) => Number(/\[(\d+)\]/.exec(t)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const p of await summary.locator("p").all()) await expect(p.getByRole("link", { name: /^Source/ }).first()).toBeVisible();
    const first = markers.first();
    const preview = page.locator(`#${await first.getAttribute("aria-describedby")}`);
    await expect(preview).toBeHidden();
    await first.focus();
    await expect(preview).toBeVisible();
    await expect(preview).toContainText("Reference 39 of the seed text");
  });

  test("the home page's summary has footnotes", async ({ page }) => {
    await page.goto("/");
    const markers = page
      .locator(".noted")
      .first()
      .getByRole("link", { name: /^Source \[\d+\]$/ });
    await expect(markers).toHaveCount(3);
    await expect(page.locator("#ref-1")).toBeAttached();
  });

  test("a source's page lists what cites it; /sources and /people list them all", async ({ page }) => {
    await page.goto("/countries/china");
    await page
      .locator("#ref-1")
      .getByRole("link", { name: /^Reference \d+ of the seed text$/ })
      .click();
    await expect(page).toHaveURL(/\/sources\/ref-\d+$/);
    await expect(page.getByRole("heading", { name: "What cites this" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Mongolia – China relations" }).first()).toBeVisible();
    await page.goto("/sources");
    await expect(page.getByRole("link", { name: "Foreign relations of Mongolia: the seed text" })).toBeVisible();
    await page.goto("/people");
    await expect(page.getByRole("row", { name: /Vladimir Putin/ })).toContainText("September 2024");
  });

  test("the OSCE membership shows as disputed with both readings and their sources", async ({ page }) => {
    await page.goto("/countries/russia");
    const row = page.getByRole("row", { name: /Organization for Security and Co-operation in Europe/ });
    await expect(row).toContainText("Partner");
    await row.getByText("disputed").click();
    await expect(row).toContainText("Another reading: member");
    await expect(row.getByRole("link", { name: /^Source \[\d+\]$/ }).last()).toBeVisible();
    await page.goto("/organizations/osce");
    await page
      .getByRole("row", { name: /Mongolia/ })
      .getByText("disputed")
      .click();
    await expect(page.getByRole("row", { name: /Mongolia/ })).toContainText("Another reading: member");
  });

  test("search forgives typos, reads Mongolian and matches words across fields", async ({ page }) => {
    await page.goto("/search?q=Mongloia");
    await expect(page.getByText("Did you mean")).toBeVisible();
    await expect(page.getByRole("link", { name: "mongolia", exact: true })).toBeVisible();
    await page.goto(`/search?q=${encodeURIComponent("Монгол")}`);
    await expect(page.getByRole("link", { name: /Mongolia/ }).first()).toBeVisible();
    await page.goto("/search?q=Putin%20ICC");
    await expect(page.getByRole("link", { name: /Putin visits Mongolia/ })).toBeVisible();
  });

  test("dates for machines are as precise as the data", async ({ page, request }) => {
    await page.goto("/events/2007-summer-parvanov-visit");
    await expect(page.locator("time").first()).toHaveAttribute("datetime", "2007");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as { startDate: string };
    expect(ld.startDate).toBe("2007-22");
    const api = (await (await request.get("/api/v1/events?year=1961")).json()) as { data: { start: { edtf: string; earliest: string; latest: string } }[] };
    expect(api.data[0]!.start).toEqual({ edtf: "1961", earliest: "1961-01-01", latest: "1961-12-31" });
  });
});
