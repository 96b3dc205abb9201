import { expect, test } from "@playwright/test";

import { pick, signedIn } from "../support/admin.ts";
import { coreTask } from "../support/core.ts";
import { shot } from "../support/keyboard.ts";
import { readState } from "../support/state.ts";

// Issue 21: the workbench says what is true, in the right words, and finds what was written.

type Saved = { revisionId: string; entryId: string; changeSetId: string };

/** A change set of the editor's sent for review, made as the app makes it. */
const submittedEvent = (title: string) => coreTask<Saved>("submittedEvent", { editor: readState().accounts.editor.email, title });

test("the role menu shows the new role as soon as it is changed", async ({ browser }) => {
  const { accounts } = readState();
  const admin = await signedIn(browser, accounts.admin);
  await admin.goto("/users");
  const role = admin.getByLabel(`Role of ${accounts.editor2.name}`);
  await role.selectOption("ADMIN");
  await admin
    .getByRole("row", { name: new RegExp(accounts.editor2.name) })
    .getByRole("button", { name: "Change" })
    .click();
  await expect(admin.getByText("Role changed; their sessions were ended.")).toBeVisible();
  await expect(role).toHaveValue("ADMIN");
  await shot(admin, "truth-1-role");
  await role.selectOption("EDITOR");
  await admin
    .getByRole("row", { name: new RegExp(accounts.editor2.name) })
    .getByRole("button", { name: "Change" })
    .click();
  await expect(role).toHaveValue("EDITOR");
});

test("approval and scheduling say what they will do; a scheduled takedown shows as taken down on the dashboards", async ({ browser }) => {
  const { accounts } = readState();
  const saved = submittedEvent("Workbench scheduled agreement");
  const admin = await signedIn(browser, accounts.admin);
  await admin.goto(`/change-sets/${saved.changeSetId}`);
  await expect(admin.getByRole("button", { name: "Approve and publish" })).toBeVisible();
  await admin.getByText("Publish later, or take down at a time").click();
  await admin.getByLabel("Publish at (UTC, optional)").fill("2099-12-12T09:00");
  await expect(admin.getByRole("button", { name: "Schedule for 12 Dec 2099 09:00 UTC" })).toBeVisible();
  await expect(admin.getByRole("button", { name: /Approve and publish/ })).toHaveCount(0);
  await shot(admin, "truth-2-schedule-button");
  // Scheduling is offered on the one-entry review page too.
  await admin.goto(`/review/${saved.revisionId}`);
  await admin.getByText("Publish later, or take down at a time").click();
  await admin.getByLabel("Publish at (UTC, optional)").fill("2099-12-12T09:00");
  await admin.getByRole("button", { name: "Schedule for 12 Dec 2099 09:00 UTC" }).click();
  await expect(admin.getByText("Approved and scheduled.")).toBeVisible();

  const editor = await signedIn(browser, accounts.editor);
  const mine = editor.getByRole("listitem").filter({ has: editor.getByRole("link", { name: "Workbench scheduled agreement" }) });
  await expect(mine).toContainText("Scheduled for 12 Dec 2099 09:00 UTC");

  // Its time comes: published, then taken down as scheduled (what the job worker does at those times).
  coreTask("publishThenTakeDown", { admin: accounts.admin.email, changeSetId: saved.changeSetId });
  await editor.reload();
  await expect(mine).toContainText("Taken down");
  await expect(mine).not.toContainText("Published");
  await shot(editor, "truth-3-taken-down");
  await admin.goto(`/change-sets/${saved.changeSetId}`);
  await expect(admin.getByRole("region", { name: "Workbench scheduled agreement" })).toContainText("Taken down");
  await admin.goto(`/entries/${saved.entryId}`);
  await expect(admin.getByText("unpublished", { exact: true })).toBeVisible();
});

test("the header's unread count agrees with the inbox, follows each move, and opening an item marks it read", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor);
  const badge = editor.getByRole("link", { name: /^Inbox/ });
  // Approved while the editor works: the count follows at the next move, without a reload.
  const saved = submittedEvent("Workbench inbox agreement");
  coreTask("approve", { admin: accounts.admin.email, changeSetId: saved.changeSetId });
  await editor.getByRole("link", { name: "Entries", exact: true }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Entries" })).toBeVisible();
  await editor.getByRole("link", { name: /^Inbox/ }).click();
  const unread = Number(/(\d+) unread\./.exec((await editor.getByText(/\d+ unread\./).textContent()) ?? "")?.[1]);
  expect(unread).toBeGreaterThan(0);
  await expect(badge).toHaveText(`Inbox${unread} unread`);
  await shot(editor, "truth-4-inbox");
  await editor.getByRole("link", { name: "“Workbench inbox agreement” was approved and published." }).click();
  await expect(editor).toHaveURL(new RegExp(`/change-sets/${saved.changeSetId}$`));
  await expect(badge).toHaveText(unread - 1 ? `Inbox${unread - 1} unread` : "Inbox");
  await editor.goto("/inbox");
  await expect(editor.getByText(unread - 1 ? `${unread - 1} unread.` : "All read.")).toBeVisible();
});

test("an editor finds a phrase of a passage, and a source's diff shows only the passage that changed", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/entries");
  await editor.getByLabel("Search every text").fill("trainings sessions");
  await editor.getByRole("button", { name: "Filter" }).click();
  const hit = editor.getByRole("listitem").filter({ has: editor.getByRole("link", { name: "Foreign relations of Mongolia: the seed text" }) });
  await expect(hit.locator("mark").first()).toHaveText("trainings");
  await expect(hit).toContainText("attend trainings sessions on anti-terrorism");
  await shot(editor, "truth-5-search");

  await editor.goto("/entries/source_seed-text/edit");
  await expect(editor.getByText("Passage 22", { exact: true })).toBeVisible();
  await expect(editor.getByText("Passage 0", { exact: true })).toHaveCount(0);
  const second = editor.getByLabel("Text, word for word").nth(1);
  await second.fill(`${await second.inputValue()} (edited)`);
  await editor.getByRole("button", { name: "Save draft" }).click();
  const excerpts = editor.getByRole("row", { name: /Excerpts, word for word/ });
  await expect(excerpts).toContainText("2. In 2001, Mongolia sent policemen");
  await expect(excerpts).toContainText("21 other passages unchanged");
  await expect(editor.getByText(/excerpt_/)).toHaveCount(0);
  await shot(editor, "truth-6-source-diff");
  editor.once("dialog", (d) => void d.accept());
  await editor.getByRole("button", { name: "Discard" }).click();
  await expect(editor.getByText("Draft discarded.")).toBeVisible();
});

test("creating what the atlas has offers the existing entry first, with focus on it", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/entries/new/event");
  await editor.getByRole("textbox", { name: "Title", exact: true }).fill("Workbench duplicate check");
  const countries = editor.getByRole("combobox", { name: "Countries involved" });
  await countries.click();
  await countries.fill("QAT");
  await expect(editor.getByRole("option", { name: "Qatar" })).toBeVisible();
  await editor.getByRole("option", { name: /Create “QAT”: new country/ }).click();
  const use = editor.getByRole("button", { name: /Use “Qatar”, same ISO 3166 alpha-3/ });
  await expect(use).toBeFocused();
  await shot(editor, "truth-7-existing-first");
  await editor.keyboard.press("Enter");
  await expect(editor.getByRole("button", { name: "Remove Qatar" })).toBeVisible();
  await pick(editor, "Countries involved", "Mongol", /^Mongolia$/);
  await expect(editor.getByRole("button", { name: "Remove Mongolia" })).toBeVisible();
  await editor.getByRole("button", { name: "Remove Mongolia" }).click();
  await expect(countries).toBeFocused();
});
