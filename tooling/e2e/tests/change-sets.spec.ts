import { expect, test, type Locator } from "@playwright/test";

import { signedIn } from "../support/admin.ts";
import { webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

const MODI = "In 2015, Indian Prime Minister Narendra Modi visited Ulaanbaatar, the first visit to Mongolia by an Indian prime minister, and announced a US$1 billion credit line.";

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

test("the Modi sentence becomes one change set, one submission, one approval; India shows everywhere within a second", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor);
  const clicks = clickCounter();
  await clicks.click(editor.getByRole("link", { name: "Paste a sentence" }));
  await editor.getByLabel("A sourced sentence").fill(MODI);
  await editor.getByLabel("Source title").fill("Modi in Mongolia");
  await editor.getByLabel("Source address").fill("https://example.org/modi-in-mongolia");
  await clicks.click(editor.getByRole("button", { name: "Read the sentence" }));
  await expect(editor.getByRole("group", { name: /New person: Narendra Modi/ })).toBeVisible();
  await clicks.click(editor.getByRole("button", { name: "Make the drafts" }));

  // One change set: the event, India, Modi and a source quoting the sentence, which stays visible.
  await expect(editor.getByRole("heading", { level: 2, name: "India", exact: true })).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: "Narendra Modi", exact: true })).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: "Modi in Mongolia", exact: true })).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: /Narendra Modi visited Ulaanbaatar/ })).toBeVisible();
  await expect(editor.getByText(MODI).first()).toBeVisible();
  await expect(editor.getByText("Not ready for review yet")).toHaveCount(0);
  await clicks.click(editor.getByRole("button", { name: "Submit all 4 for review" }));
  await expect(editor.getByText("Submitted for review as one change set.")).toBeVisible();
  expect(clicks.count).toBeLessThanOrEqual(8);
  const changeSetUrl = new URL(editor.url()).pathname;

  // Nothing is public before the approval.
  const reader = await (await browser.newContext({ baseURL: webUrl })).newPage();
  expect((await reader.request.get("/countries/india")).status()).toBe(404);

  const admin = await signedIn(browser, accounts.admin);
  await admin.goto(changeSetUrl);
  await expect(admin.getByRole("heading", { name: "What publishing it refreshes" })).toBeVisible();
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByText("Published. The public pages it touches are refreshed.")).toBeVisible();
  const approved = Date.now();

  // Within a second: India on the countries list, on the map, the event on the timeline and India's page.
  const [countries, map, timeline, india] = await Promise.all(
    ["/countries", "/map", "/timeline?year=2015", "/countries/india"].map(async (path) => (await reader.request.get(path)).text()),
  );
  expect(Date.now() - approved).toBeLessThan(1000);
  expect(countries).toContain('href="/countries/india"');
  expect(map).toContain('href="/countries/india"');
  expect(timeline).toContain("Narendra Modi visited Ulaanbaatar");
  expect(india).toContain("Narendra Modi visited Ulaanbaatar");
  await reader.goto("/countries/india");
  await expect(reader.getByRole("heading", { level: 1, name: /India/ })).toBeVisible();
});

test("an entry sent back with a comment reaches its author's inbox; the public site is unchanged", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/paste");
  await editor.getByLabel("A sourced sentence").fill("In 2016, Mongolia and Chile signed a memorandum on mining cooperation.");
  await editor.getByLabel("Source title").fill("Chile memorandum");
  await editor.getByRole("button", { name: "Read the sentence" }).click();
  await editor.getByRole("button", { name: "Make the drafts" }).click();
  await expect(editor.getByRole("heading", { level: 2, name: "Chile", exact: true })).toBeVisible();
  await editor.getByRole("button", { name: /^Submit all \d+ for review$/ }).click();
  await expect(editor.getByText("Submitted for review as one change set.")).toBeVisible();
  const changeSetUrl = new URL(editor.url()).pathname;

  const admin = await signedIn(browser, accounts.admin);
  await admin.goto(changeSetUrl);
  await admin.getByLabel("Comment on Chile", { exact: true }).fill("Add Chile's summary and cite its recognition.");
  await admin.getByRole("button", { name: "Send back with comments" }).click();
  await expect(admin.getByText("Sent back to its author with your comment.")).toBeVisible();

  await editor.goto("/");
  await expect(editor.getByRole("link", { name: /Inbox\s*\d+ unread/ })).toBeVisible();
  await editor.getByRole("link", { name: /Inbox/ }).click();
  await expect(editor.getByText("“Add Chile's summary and cite its recognition.”")).toBeVisible();
  await expect(editor.getByText("Changes requested").first()).toBeVisible();

  const reader = await (await browser.newContext({ baseURL: webUrl })).newPage();
  expect((await reader.request.get("/countries/chile")).status()).toBe(404);
  expect(await (await reader.request.get("/countries")).text()).not.toContain('href="/countries/chile"');
});

test("the editor's form saves itself: a reload keeps the typing, saved or not", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor);
  await editor.goto("/entries/new/event");
  await editor.getByLabel("Title").fill("Mongolia and Laos hold autosave talks");
  await expect(editor.getByText(/^Draft saved at/)).toBeVisible({ timeout: 10_000 });
  await expect(editor).toHaveURL(/\/revisions\/[0-9a-f-]{36}\/edit$/);
  await editor.reload();
  await expect(editor.getByLabel("Title")).toHaveValue("Mongolia and Laos hold autosave talks");

  // Typing that the server has not received yet survives a reload too (the browser keeps a copy).
  await editor.getByLabel("Description").fill("Typed just before the reload.");
  await editor.reload();
  await expect(editor.getByLabel("Description")).toHaveValue("Typed just before the reload.");
  await expect(editor.getByText("Your unsaved typing was restored from this browser.")).toBeVisible();
  await expect(editor.getByText(/^Draft saved at/)).toBeVisible({ timeout: 10_000 });
});

test("a missing country is created from the picker, in the same change set", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/entries/new/event");
  await editor.getByLabel("Title").fill("Mongolia and Nauru exchange notes");
  const countries = editor.getByRole("combobox", { name: "Countries involved" });
  await countries.click();
  await countries.fill("Nauru");
  await editor.getByRole("option", { name: /Create “Nauru”: new country/ }).click();
  await expect(editor.getByRole("button", { name: "Remove Nauru" })).toBeVisible();
  await editor.getByRole("button", { name: "Save draft" }).click();
  await editor.getByRole("link", { name: /Part of a change set of 2 entries/ }).click();
  await expect(editor.getByRole("heading", { level: 2, name: "Nauru", exact: true })).toBeVisible();
  // What the new country still lacks is listed, each with a link to its field.
  await expect(editor.getByRole("link", { name: /Nauru · Region/ })).toBeVisible();
});
