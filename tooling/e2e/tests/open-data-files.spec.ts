import { expect, test } from "@playwright/test";

test("CSV files open in a spreadsheet as UTF-8: they begin with a byte-order mark", async ({ request }) => {
  for (const set of ["countries", "events"]) {
    const body = await (await request.get(`/api/v1/export/${set}.csv`)).body();
    expect([...body.subarray(0, 3)], set).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.subarray(3, 5).toString("utf8"), set).toBe("id");
  }
});

test("/data explains the dates it writes: 2007-22 is summer 2007", async ({ page }) => {
  await page.goto("/data");
  const dates = page.getByRole("table", { name: "EDTF dates and what they mean" });
  await expect(dates.getByRole("row", { name: /2007-22/ })).toContainText("summer 2007");
  await expect(dates.getByRole("row", { name: /2011-08/ })).toContainText("August 2011");
});
