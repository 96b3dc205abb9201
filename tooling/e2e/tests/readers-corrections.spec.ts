import { expect, test } from "@playwright/test";

import { signedIn } from "../support/admin.ts";
import { readState } from "../support/state.ts";

// A reader who finds a mistake writes to the editors from the page itself, with no account; a
// reader checking a statement finds its source's details, or is told they are not recorded.
test.describe("readers' corrections and checkable sources", () => {
  test("a correction sent anonymously reaches an editor's inbox, and a second one within a minute from the same address is slowed", async ({ page, browser }) => {
    await page.goto("/countries/qatar");
    await page.getByText("Suggest a correction to this page").click();
    const form = page.locator("details.correction");
    const message = form.getByLabel("What is wrong, and how do you know?");
    const first = "The memorandum of 2020 was signed in Doha, says the ministry's own communiqué.";
    await message.fill(first);
    await form.getByLabel("Your e-mail (optional)").fill("reader@example.org");
    // A person takes a few seconds to write; a form sent at once is refused as a bot's.
    await page.waitForTimeout(3_500);
    await form.getByRole("button", { name: "Send the correction" }).click();
    await expect(form.getByRole("status")).toHaveText("Thank you: your correction reached the editors. They read every one.");
    await expect(message).toHaveValue("");

    const second = "And the consultations began in 2021, not 2020.";
    await message.fill(second);
    await page.waitForTimeout(3_500);
    await form.getByRole("button", { name: "Send the correction" }).click();
    await expect(form.getByRole("alert")).toContainText(/sent from your address a moment ago\. Please wait \d+ seconds/);
    // What the reader typed is still there, to send again.
    await expect(message).toHaveValue(second);

    const editor = await signedIn(browser, readState().accounts.editor);
    await editor.goto("/inbox");
    const notice = editor.getByRole("listitem").filter({ hasText: "A reader suggested a correction to “Mongolia – Qatar relations”." });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(first);
    await expect(editor.getByText(second)).toHaveCount(0);
    await notice.getByRole("link", { name: /A reader suggested a correction/ }).click();
    await expect(editor.getByRole("heading", { level: 1, name: "About “Mongolia – Qatar relations”" })).toBeVisible();
    await expect(editor.getByText("reader@example.org")).toBeVisible();
    await editor.getByRole("button", { name: "Start a change set from it" }).click();
    await expect(editor).toHaveURL(/\/revisions\/[0-9a-f-]{36}\/edit$/);
    await expect(editor.getByText(first).first()).toBeVisible();
    await editor.context().close();
  });

  test("a source without details says so publicly, and lists the passage a page quotes under it", async ({ page }) => {
    await page.goto("/sources/ref-7");
    await expect(page.locator("#details-missing")).toHaveText(/^Details not yet recorded: author or publisher, date of publication\./);
    await expect(page.getByText("Not yet assessed")).toBeVisible();
    const passages = page.getByRole("region", { name: /Passages cited/ });
    await expect(passages.getByRole("listitem")).toHaveCount(1);
    await expect(passages).toContainText("In 2001, Mongolia sent policemen to Egypt");
    await expect(passages.getByRole("link", { name: "Foreign relations of Mongolia: the seed text" })).toBeVisible();
    await page.goto("/sources");
    await expect(page.getByRole("row", { name: /Reference 7 of the seed text/ })).toContainText("Details not yet recorded");
    await expect(page.getByRole("row", { name: /Reference 7 of the seed text/ })).toContainText("1 passage");
    // A reference names the source's gaps on the page that cites it, too.
    await page.goto("/countries/egypt");
    await expect(page.locator("#references")).toBeAttached();
    await expect(page.locator("section.references")).toContainText("details not yet recorded");
  });

  test("statements without a source say so: China's status, while Canada's cites its passage", async ({ page }) => {
    await page.goto("/countries/china");
    await expect(page.locator("#relationship-status")).toContainText("unsourced");
    await page.goto("/countries/canada");
    await expect(page.locator("#relationship-status").getByRole("link", { name: /^Source \[1\]$/ })).toBeVisible();
    await page.goto("/timeline");
    await expect(page.locator("main .unsourced")).toHaveCount(0);
    const johanns = page.locator("article", { hasText: "Mike Johanns" });
    await expect(johanns.locator("dd > span", { hasText: "Mike Johanns" }).getByRole("link", { name: /^Source \[\d+\]$/ })).toBeVisible();
  });

  test("the about, licence and contact pages answer, and the licence is in the footer, the export and the API", async ({ page, request }) => {
    for (const [path, heading] of [
      ["/about", "About the Foreign Relations Atlas"],
      ["/license", "Licence and reuse"],
      ["/contact", "Contact and corrections"],
    ] as const) {
      const answer = await page.goto(path);
      expect(answer?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /CC BY-SA 4\.0/ })).toHaveAttribute("href", "https://creativecommons.org/licenses/by-sa/4.0/");
    const data = (await (await request.get("/api/v1/export")).json()) as { license: { name: string; attribution: string } };
    expect(data.license).toMatchObject({ name: expect.stringContaining("CC BY-SA 4.0"), attribution: "Foreign Relations Atlas contributors" });
    const api = await request.get("/api/v1/countries");
    expect(api.headers().link).toBe('<https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"');
    expect(((await api.json()) as { license: { url: string } }).license.url).toBe("https://creativecommons.org/licenses/by-sa/4.0/");
    const csv = await request.get("/api/v1/export/events.csv");
    expect(csv.headers().link).toContain('rel="license"');
    expect(await (await request.get("/feeds/events.xml")).text()).toContain("<rights>Creative Commons Attribution-ShareAlike 4.0");
  });

  test("figures say what they count, and a date filter says what it leaves out for want of a date", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: /^\d+\s*missions abroad recorded in this atlas$/ })).toBeVisible();
    await page.goto("/countries?before=1990");
    await expect(page.getByRole("link", { name: "Russia" })).toHaveCount(0);
    await expect(page.getByText(/left out because the start of their relations is not recorded/)).toBeVisible();
    await page.getByRole("link", { name: "Include them" }).click();
    await expect(page).toHaveURL(/unknown=1/);
    await expect(page.getByRole("link", { name: "Russia", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Soviet Union", exact: true })).toBeVisible();
    await page.goto("/countries/china");
    await expect(page.getByText("(year not recorded)")).toBeVisible();
    await expect(page.getByText(/No dated event with China is recorded in this atlas yet/)).toBeVisible();
    await page.goto("/organizations/icftu");
    await expect(page.getByText("ceased to exist in 2006", { exact: true })).toBeVisible();
    await expect(page.getByText(/^It ceased to exist in 2006: the memberships below ended then at the latest/)).toBeVisible();
  });
});
