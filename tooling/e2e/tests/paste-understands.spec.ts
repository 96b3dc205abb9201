import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

import { signedIn } from "../support/admin.ts";
import { webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

const ISA = "Mongolia joined the International Solar Alliance in 2022 as a full member.";
const MACRON = "Emmanuel Macron became the first French president to visit Mongolia, in May 2023, signing agreements on critical minerals and nuclear energy.";

/** Counts the clicks an editor makes, so the journey's length is measured, not assumed. */
function clickCounter() {
  let clicks = 0;
  return {
    click: async (locator: Locator) => {
      clicks++;
      await locator.click();
    },
    get count() {
      return clicks;
    },
  };
}

async function approve(browser: Parameters<typeof signedIn>[0], changeSetUrl: string) {
  const admin = await signedIn(browser, readState().accounts.admin);
  await admin.goto(changeSetUrl);
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByText("Published. The public pages it touches are refreshed.")).toBeVisible();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the ISA sentence becomes the organisation and Mongolia's membership in one change set, in at most 8 clicks; approved, it is public", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, readState().accounts.editor);
  const clicks = clickCounter();
  await clicks.click(editor.getByRole("link", { name: "Paste a sentence" }));
  await editor.getByLabel("A sourced sentence").fill(ISA);
  await editor.getByLabel("Source title").fill("ISA members, as pasted");
  await editor.getByLabel("Source address").fill("https://example.org/isa-members");
  await clicks.click(editor.getByRole("button", { name: "Read the sentence" }));

  // Each guess is shown as a guess, with the words it was read from marked.
  await expect(editor.getByRole("heading", { level: 2, name: "What the sentence says" })).toBeFocused();
  const membership = editor.getByRole("group", { name: /Membership: Mongolia in International Solar Alliance, member/ });
  await expect(membership.locator("mark")).toHaveText("Mongolia joined the International Solar Alliance in 2022");
  await expect(membership.getByLabel("Member since")).toHaveValue("2022");
  await expect(editor.getByRole("group", { name: /Guess New organisation: International Solar Alliance/ })).toBeVisible();
  await expect(editor.getByRole("group", { name: /In the atlas Country: Mongolia/ })).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);
  await editor.screenshot({ path: testInfo.outputPath("isa-review.png"), fullPage: true });
  await clicks.click(editor.getByRole("button", { name: "Make the drafts" }));

  await expect(editor.getByRole("heading", { level: 2, name: "International Solar Alliance", exact: true })).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: "Mongolia in International Solar Alliance (member)" })).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: "ISA members, as pasted", exact: true })).toBeVisible();
  await expect(editor.getByText("Not ready for review yet")).toHaveCount(0);
  await clicks.click(editor.getByRole("button", { name: "Submit all 3 for review" }));
  await expect(editor.getByText("Submitted for review as one change set.")).toBeVisible();
  expect(clicks.count).toBeLessThanOrEqual(8);

  await approve(browser, new URL(editor.url()).pathname);
  const reader = await (await browser.newContext({ baseURL: webUrl })).newPage();
  await reader.goto("/organizations/international-solar-alliance");
  await expect(reader.getByRole("heading", { level: 1, name: /International Solar Alliance/ })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Mongolia" }).first()).toBeVisible();
});

test("the Macron sentence becomes Macron, France and the visit in one change set, in at most 8 clicks; approved, France's page shows it", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, readState().accounts.editor2);
  const clicks = clickCounter();
  await clicks.click(editor.getByRole("link", { name: "Paste a sentence" }));
  await editor.getByLabel("A sourced sentence").fill(MACRON);
  await editor.getByLabel("Source title").fill("Macron in Ulaanbaatar");
  await clicks.click(editor.getByRole("button", { name: "Read the sentence" }));

  const macron = editor.getByRole("group", { name: /New person: Emmanuel Macron/ });
  await expect(macron.locator("mark")).toHaveText("Emmanuel Macron");
  await expect(macron.getByLabel("Role at the time")).toHaveValue("French President");
  const visit = editor.getByRole("group", { name: /visit: Emmanuel Macron became the first French president to visit Mongolia/ });
  await expect(visit.getByLabel("Date")).toHaveValue("2023-05");
  await expect(editor.getByRole("group", { name: /New country: France/ })).toBeVisible();
  // A correction made here is what is drafted.
  await macron.getByLabel("Role at the time").fill("President of France");
  await editor.screenshot({ path: testInfo.outputPath("macron-review.png"), fullPage: true });
  await clicks.click(editor.getByRole("button", { name: "Make the drafts" }));

  for (const name of ["Emmanuel Macron", "France", "Macron in Ulaanbaatar", "Emmanuel Macron became the first French president to visit Mongolia"])
    await expect(editor.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  await expect(editor.getByText("Not ready for review yet")).toHaveCount(0);
  await editor.screenshot({ path: testInfo.outputPath("macron-change-set.png"), fullPage: true });
  await clicks.click(editor.getByRole("button", { name: "Submit all 4 for review" }));
  await expect(editor.getByText("Submitted for review as one change set.")).toBeVisible();
  expect(clicks.count).toBeLessThanOrEqual(8);

  await approve(browser, new URL(editor.url()).pathname);
  const reader = await (await browser.newContext({ baseURL: webUrl })).newPage();
  await reader.goto("/countries/france");
  await expect(reader.getByText("Emmanuel Macron became the first French president to visit Mongolia").first()).toBeVisible();
  await reader.goto("/people/emmanuel-macron");
  await expect(reader.getByText("President of France").first()).toBeVisible();
});
