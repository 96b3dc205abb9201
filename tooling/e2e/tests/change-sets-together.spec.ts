import { expect, test } from "@playwright/test";

import { createDb } from "@atlas/db";

import { pick, signedIn } from "../support/admin.ts";
import { shot } from "../support/keyboard.ts";
import { webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

const SOURCE = "ISA member countries";
const EVENT = "Mongolia joins the International Solar Alliance";

test("a source drafted in one change set is cited from another; the queue shows both sets, and one approval publishes the source, then the event", async ({ browser }) => {
  const { accounts, databaseUrl } = readState();
  const editor = await signedIn(browser, accounts.editor);

  // The source, in a change set of its own, with the passage the event will rest on.
  await editor.goto("/entries/new/source");
  await editor.getByRole("textbox", { name: "Title", exact: true }).fill(SOURCE);
  await editor.getByLabel("Web address").fill("https://isolaralliance.org/membership/countries");
  await editor.getByRole("button", { name: "+ Add a passage" }).click();
  await expect(editor.getByLabel("Text, word for word")).toBeFocused();
  await editor.getByLabel("Text, word for word").fill("Mongolia joined the International Solar Alliance in 2022 as a full member.");
  await expect(editor.getByText(/^Draft saved at/)).toBeVisible({ timeout: 15_000 });
  await shot(editor, "together-1-source-draft");

  // The event, in another change set, cites it: the picker offers the draft and its passage only.
  await editor.goto("/entries/new/event");
  await editor.getByRole("textbox", { name: "Title", exact: true }).fill(EVENT);
  await editor.getByLabel("Description").fill("Mongolia became a full member of the International Solar Alliance.");
  await editor.getByRole("combobox", { name: "Date: known to", exact: true }).selectOption("YEAR");
  await editor.getByRole("textbox", { name: "Date: year", exact: true }).fill("2022");
  await pick(editor, "Countries involved", "Mongol", /^Mongolia$/);
  await editor.getByRole("button", { name: "+ Add a source" }).click();
  await pick(editor, "Source", "ISA member", SOURCE);
  await expect(editor.getByRole("button", { name: `Change ${SOURCE}` })).toBeFocused();
  const passage = editor.getByRole("combobox", { name: "Passage it rests on (optional)" });
  await passage.click();
  await expect(editor.getByRole("listbox").getByRole("option")).toHaveCount(1);
  await shot(editor, "together-2-passage-picker");
  await editor.getByRole("option", { name: /joined the International Solar Alliance in 2022/ }).click();
  await editor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(editor.getByText("Submitted for review.")).toBeVisible();

  // Its change set says it waits for the source's.
  await editor.getByRole("link", { name: /Its change set/ }).click();
  await expect(editor.getByText("Waits for other work")).toBeVisible();
  await expect(editor.getByRole("listitem").filter({ hasText: `“${SOURCE}”` })).toContainText("still a draft");
  await shot(editor, "together-3-event-waits");
  await editor.getByRole("link", { name: SOURCE, exact: true }).first().click();
  await expect(editor.getByText("Other work waits for this")).toBeVisible();
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Submitted for review as one change set.")).toBeVisible();

  // The admin's queue: change sets, not revisions, the event's saying what it waits for.
  const admin = await signedIn(browser, accounts.admin);
  await admin.goto("/review");
  const eventSet = admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: EVENT }) });
  await expect(eventSet).toContainText(`Waits for ${SOURCE} (waiting for review too)`);
  // The source's own set, and the event's saying it waits for it.
  await expect(admin.getByRole("link", { name: SOURCE, exact: true })).toHaveCount(2);
  await shot(admin, "together-4-queue");
  await admin.getByRole("link", { name: EVENT }).click();
  await expect(admin.getByText(`Approved together with “${SOURCE}”, which it uses`)).toBeVisible();
  await shot(admin, "together-5-review");
  await admin.getByRole("button", { name: "Approve and publish all 2 change sets" }).click();
  await expect(admin.getByText("Published. The public pages it touches are refreshed.")).toBeVisible();

  // Both are public, the source written first.
  const reader = await (await browser.newContext({ baseURL: webUrl })).newPage();
  await reader.goto("/sources/isa-member-countries");
  await expect(reader.getByRole("heading", { level: 1, name: SOURCE })).toBeVisible();
  await expect(reader.getByText(EVENT).first()).toBeVisible();
  await shot(reader, "together-6-public-source");
  const db = createDb(databaseUrl, { max: 1 });
  const order = await db.auditLog.findMany({ where: { action: "entry.publish", targetType: { in: ["SOURCE", "EVENT"] } }, orderBy: { id: "desc" }, take: 2 });
  await db.$disconnect();
  expect(order.map((r) => r.targetType)).toEqual(["EVENT", "SOURCE"]);
});

test("an editor moves a draft to another change set and merges two sets", async ({ browser }) => {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  const draft = async (name: string) => {
    await editor.goto("/entries/new/country");
    await editor.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await expect(editor.getByText(/^Draft saved at/)).toBeVisible({ timeout: 15_000 });
    await expect(editor).toHaveURL(/\/revisions\/[0-9a-f-]{36}\/edit$/);
    // The draft's own page, which leads to its change set.
    await editor.goto(editor.url().replace(/\/edit$/, ""));
  };
  await draft("Moveland North");
  await draft("Moveland South");
  await editor.getByRole("link", { name: /Its change set/ }).click();
  await editor.getByLabel("Move Moveland South to").selectOption({ label: "Moveland North (1 entry)" });
  await editor.getByRole("button", { name: "Move", exact: true }).click();
  await expect(editor.getByText("Moved.")).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: "Moveland South" })).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: "Moveland North" })).toBeVisible();
  await shot(editor, "together-7-moved");

  await draft("Moveland East");
  await editor.getByRole("link", { name: /Its change set/ }).click();
  await editor.getByLabel("Merge into").selectOption({ label: "Moveland North and 1 more (2 entries)" });
  await editor.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(editor.getByText("Merged: the drafts of both are now one change set")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Submit all 3 for review" })).toBeVisible();
  await shot(editor, "together-8-merged");
});
