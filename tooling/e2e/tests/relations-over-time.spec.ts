import { expect, test } from "@playwright/test";

test("the countries list answers “status on 1 January 2000”, and filters by it", async ({ page }) => {
  await page.goto("/countries");
  const filters = page.getByRole("form", { name: "Filter countries" });
  await filters.getByLabel("Status on").fill("2000-01-01");
  await filters.getByLabel("Status that day").selectOption({ label: "Relations in place" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/on=2000-01-01/);
  const cards = page.locator("main li").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(cards.getByRole("heading", { level: 2 })).toHaveText(["Canada", "North Korea"]);
  await expect(cards.filter({ hasText: "Canada" })).toContainText("On 1 January 2000: diplomatic relations established (1973)");
  // The countries with no step recorded by that day are not hidden silently: they are counted, one link away.
  await expect(page.getByText(/^2 countries; \d+ countries not placed because no step of their relations is recorded by 1 January 2000\./)).toBeVisible();
  await page.getByRole("link", { name: "Show them" }).click();
  await expect(page).toHaveURL(/status=none/);
  await expect(cards.filter({ hasText: "Japan" })).toContainText("no step of the relations recorded yet");

  // Japan's strategic partnership dates from 2011: not yet in 2000, in place in 2012.
  await page.goto("/countries?on=2000-01-01");
  await expect(page.locator("main li").filter({ hasText: "Japan" })).toContainText("On 1 January 2000: no step of the relations recorded yet");
  await page.goto("/countries?on=2012-01-01&status=strategic");
  await expect(page.locator("main li").getByRole("heading", { level: 2 })).toHaveText(["Japan"]);
  await expect(page.locator("main li")).toContainText("strategic partnership (2011)");

  // A day that is not one is said so; nothing is hidden because of it.
  await page.goto("/countries?on=2000-02-30");
  await expect(page.getByRole("status").filter({ hasText: "Some filters could not be used" })).toContainText("“2000-02-30” is not a day");
});

test("the country page draws the relations as a dated line, each step with its source", async ({ page, request }) => {
  await page.goto("/countries/japan");
  const line = page.getByRole("region", { name: "Relations over time" });
  await expect(line.getByRole("listitem")).toHaveCount(1);
  await expect(line).toContainText("2011");
  await expect(line).toContainText("Strategic partnership");
  await expect(line).toContainText("“a joint announcement regarding a strategic alliance”");
  await expect(line.getByRole("link", { name: /^Source \[\d+\]$/ })).toHaveCount(1);

  const api = (await (await request.get("/api/v1/countries?on=2000-01-01&status=relations")).json()) as {
    data: { slug: string; statusOn: { stage: string; since: { edtf: string } } }[];
  };
  expect(api.data.map((c) => [c.slug, c.statusOn.stage, c.statusOn.since.edtf])).toEqual([
    ["canada", "ESTABLISHED", "1973"],
    ["north-korea", "ESTABLISHED", "1948"],
  ]);
});
