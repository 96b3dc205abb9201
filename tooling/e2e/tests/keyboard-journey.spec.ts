import { expect, test } from "@playwright/test";

import { signedIn } from "../support/admin.ts";
import { shot, tabAndEnter, tabTo } from "../support/keyboard.ts";
import { webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

const MODI = "In 2015, Indian Prime Minister Narendra Modi visited Ulaanbaatar, the first visit to Mongolia by an Indian prime minister, and announced a US$1 billion credit line.";

// Issue 21: "Keyboard: 'Change' on a picked value sends focus to the page's body, 27 tabs away."
test("the Modi sentence goes from paste to the public site with the keyboard alone, focus staying where the editor works", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor);
  const type = (text: string) => editor.keyboard.type(text);

  await tabAndEnter(editor, editor.getByRole("link", { name: "Paste a sentence" }));
  await tabTo(editor, editor.getByLabel("A sourced sentence"));
  await editor.keyboard.insertText(MODI);
  await tabTo(editor, editor.getByLabel("Source title"));
  await type("Modi in Mongolia, keyboard");
  await tabTo(editor, editor.getByLabel("Source address"));
  await type("https://example.org/modi-keyboard");
  await shot(editor, "keyboard-1-paste");
  await tabAndEnter(editor, editor.getByRole("button", { name: "Read the sentence" }));
  // What was read comes first, focus on its heading; the guesses are kept as read.
  await expect(editor.getByRole("heading", { level: 2, name: "What the sentence says" })).toBeFocused();
  await tabAndEnter(editor, editor.getByRole("button", { name: "Make the drafts" }), 200);
  await expect(editor.getByText("Drafts made from the sentence.")).toBeVisible();
  await shot(editor, "keyboard-2-change-set");

  // Into the event's form: change the person picked for it, and come back to the same place.
  const event = editor.getByRole("heading", { level: 2, name: /Narendra Modi visited Ulaanbaatar/ });
  const title = (await event.textContent())!.trim();
  await tabAndEnter(editor, editor.getByRole("link", { name: `Edit ${title}` }), 120);
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Every part of a date is named after its field.
  await expect(editor.getByRole("combobox", { name: "Date: known to", exact: true })).toBeVisible();
  const change = editor.getByRole("button", { name: "Change Narendra Modi" });
  await tabAndEnter(editor, change, 120);
  const person = editor.getByRole("combobox", { name: "Person", exact: true });
  await expect(person).toBeFocused();
  await type("Narendra");
  await expect(editor.getByRole("option", { name: /Narendra Modi/ })).toBeVisible();
  await shot(editor, "keyboard-3-person-picker");
  await editor.keyboard.press("Enter");
  await expect(change).toBeFocused();
  // The "Official" box shows what the review will say.
  await expect(editor.getByRole("checkbox", { name: /^Official/ })).toBeChecked();
  await shot(editor, "keyboard-4-picked-again");
  // An address of its own (the sentence may have been published already, under its first one).
  await tabTo(editor, editor.getByRole("textbox", { name: "Slug (in the page address)" }), 120, true);
  await editor.keyboard.press("ControlOrMeta+a");
  await type("2015-modi-keyboard-journey");
  await expect(editor.getByText(/^Draft saved at/)).toBeVisible({ timeout: 15_000 });

  // Back on the change set, submitted in one step.
  await tabAndEnter(editor, editor.getByRole("link", { name: /Part of a change set/ }), 120, true);
  await tabAndEnter(editor, editor.getByRole("button", { name: /^Submit (all \d+ )?for review$/ }), 80);
  await expect(editor.getByText("Submitted for review as one change set.")).toBeVisible();
  const changeSetPath = new URL(editor.url()).pathname;

  // The admin finds it in the queue and approves it, keys only.
  const admin = await signedIn(browser, accounts.admin);
  await tabAndEnter(admin, admin.getByRole("link", { name: "Review queue", exact: true }));
  await expect(admin.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await tabAndEnter(admin, admin.locator(`a[href="${changeSetPath}"]`), 200);
  await expect(admin.getByRole("heading", { name: "What publishing it refreshes" })).toBeVisible();
  // What the form showed is what the review says.
  await expect(admin.getByRole("region", { name: title }).getByRole("row", { name: /^Official/ })).toContainText("yes");
  await shot(admin, "keyboard-5-review");
  await tabAndEnter(admin, admin.getByRole("button", { name: "Approve and publish" }), 200);
  await expect(admin.getByText("Published. The public pages it touches are refreshed.")).toBeVisible();

  const reader = await (await browser.newContext({ baseURL: webUrl })).newPage();
  expect(await (await reader.request.get("/timeline?year=2015")).text()).toContain("Narendra Modi visited Ulaanbaatar");
});
