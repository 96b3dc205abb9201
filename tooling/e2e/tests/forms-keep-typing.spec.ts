import { expect, test, type Page } from "@playwright/test";

import { pick, signedIn } from "../support/admin.ts";
import { readState } from "../support/state.ts";

// Nothing an editor types is changed or lost: not by an error, a limit, a refused paste, or a send-back.

/** The revision the editor's form is on, once autosave gave it one. */
async function savedRevision(page: Page): Promise<string> {
  await expect(page.getByText(/^Draft saved at/)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/revisions\/[0-9a-f-]{36}\/edit$/);
  return /\/revisions\/([0-9a-f-]{36})\/edit$/.exec(page.url())![1]!;
}

test("the date field keeps “2015-02-40” with its error, also after a reload", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor);
  await editor.goto("/entries/new/event");
  await editor.getByLabel("Title").fill("Mongolia and Peru sign on a day that is not one");
  await editor.getByRole("combobox", { name: "Known to" }).first().selectOption("DAY");
  await editor.getByRole("textbox", { name: "Day" }).fill("40");
  await editor.getByRole("combobox", { name: "Month" }).selectOption({ label: "February" });
  await editor.getByRole("textbox", { name: "Year" }).first().fill("2015");
  await savedRevision(editor);

  await editor.reload();
  const expectAsTyped = async () => {
    await expect(editor.getByRole("combobox", { name: "Known to" }).first()).toHaveValue("DAY");
    await expect(editor.getByRole("textbox", { name: "Day" })).toHaveValue("40");
    await expect(editor.getByRole("combobox", { name: "Month" })).toHaveValue("2");
    await expect(editor.getByRole("textbox", { name: "Year" }).first()).toHaveValue("2015");
  };
  await expectAsTyped();
  await editor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(editor.getByText("February 2015 has no day 40.").first()).toBeVisible();
  await expectAsTyped();
});

test("a 20,911-character description is kept whole and refused with the limit, never cut", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor);
  await editor.goto("/entries/new/event");
  await editor.getByLabel("Title").fill("Mongolia and Fiji exchange a very long note");
  const long = `${"The delegations met again. ".repeat(800).slice(0, 20_907)}End.`;
  expect(long).toHaveLength(20_911);
  await editor.getByLabel("Description").fill(long);
  await expect(editor.getByText("20,911 / 20,000")).toBeVisible();
  await expect(editor.getByText("At most 20,000 characters: this has 20,911. Nothing was cut; shorten it to save.").first()).toBeVisible();
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
  expect(await editor.getByLabel("Description").inputValue()).toBe(long);
  // Shortened, it saves.
  await editor.getByLabel("Description").fill(long.slice(0, 20_000));
  await expect(editor.getByText(/this has 20,911/)).toHaveCount(0);
});

test("the paste page keeps the sentence and the source title after a refused source address", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/paste");
  const sentence = "In 2019, Mongolia and Peru signed a memorandum on mining cooperation.";
  await editor.getByLabel("A sourced sentence").fill(sentence);
  await editor.getByLabel("Source title").fill("Peru memorandum, ministry note");
  // An address the browser accepts and the atlas refuses (not http or https).
  await editor.getByLabel("Source address").fill("ftp://example.org/peru-memorandum");
  await editor.getByRole("button", { name: "Read the sentence" }).click();
  await expect(editor.getByText("Enter an http(s) address.")).toBeVisible();
  await expect(editor.getByLabel("A sourced sentence")).toHaveValue(sentence);
  await expect(editor.getByLabel("Source title")).toHaveValue("Peru memorandum, ministry note");
  await expect(editor.getByLabel("Source address")).toHaveValue("ftp://example.org/peru-memorandum");
});

test("a name in Cyrillic fills in its slug: “Монгол Улс” gives mongol-uls", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/entries/new/country");
  await editor.getByRole("textbox", { name: /^Name/ }).fill("Монгол Улс");
  await expect(editor.getByLabel("Slug (in the page address)")).toHaveValue("mongol-uls");
});

test("an incomplete draft, and one whose slug another event uses, preview with their gaps marked", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/entries/new/event");
  await editor.getByLabel("Title").fill("Only a title so far");
  const incomplete = await savedRevision(editor);
  const answer = await editor.goto(`/revisions/${incomplete}/preview`);
  expect(answer?.status()).toBe(200);
  await expect(editor.getByText("This draft cannot be shown as its public page yet")).toBeVisible();
  await expect(editor.getByRole("note", { name: "What the draft still needs" })).toContainText("Date: not given yet");

  await editor.goto("/entries/new/event");
  await editor.getByLabel("Title").fill("The Qatar memorandum, again");
  await editor.getByLabel("Slug (in the page address)").fill("2020-qatar-memorandum");
  const clashing = await savedRevision(editor);
  expect((await editor.goto(`/revisions/${clashing}/preview`))?.status()).toBe(200);
  await expect(editor.getByRole("note", { name: "What the draft still needs" })).toContainText(/Slug \(in the page address\): already used by the event “.+”/);
});

test("the reviewer's comment shows on the form it concerns, and the author's note survives the send-back", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor);
  const title = "Mongolia and Chile agree on student exchanges";
  await editor.goto("/entries/new/event");
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Type").selectOption({ label: "Cooperation or training" });
  await editor.getByLabel("Description").fill("The two countries agreed to exchange students.");
  await editor.getByRole("combobox", { name: "Known to" }).first().selectOption("YEAR");
  await editor.getByRole("textbox", { name: "Year" }).first().fill("2024");
  await pick(editor, "Countries involved", "Mongol", /^Mongolia$/);
  await editor.getByRole("button", { name: "+ Add a source" }).click();
  await pick(editor, "Source", "seed text", /Foreign relations of Mongolia: the seed text/);
  await editor.getByLabel("What changed, and why (optional)").fill("First round: the 2024 agreement, from the seed text.");
  await editor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(editor.getByText("Waiting for review", { exact: true })).toBeVisible();
  const revisionId = /\/revisions\/([0-9a-f-]{36})/.exec(editor.url())![1]!;

  const admin = await signedIn(browser, accounts.admin);
  await admin.goto(`/review/${revisionId}`);
  await admin.getByLabel("Comment for the author").fill("Name the universities, and cite the agreement itself.");
  await admin.getByRole("button", { name: "Request changes" }).click();
  await expect(admin).toHaveURL(/\/review\?returned=1$/);

  await editor.goto(`/revisions/${revisionId}/edit`);
  await expect(editor.getByRole("status").filter({ hasText: "The reviewer's comment" })).toContainText("“Name the universities, and cite the agreement itself.”");
  await expect(editor.getByLabel("What changed, and why (optional)")).toHaveValue("First round: the 2024 agreement, from the seed text.");
  // An edit autosaves; the note is still there afterwards.
  await editor.getByLabel("Place", { exact: true }).fill("Ulaanbaatar");
  await expect(editor.getByText(/^Draft saved at/)).toBeVisible({ timeout: 15_000 });
  await editor.reload();
  await expect(editor.getByLabel("What changed, and why (optional)")).toHaveValue("First round: the 2024 agreement, from the seed text.");
  await expect(editor.getByText("Name the universities, and cite the agreement itself.")).toBeVisible();
});
