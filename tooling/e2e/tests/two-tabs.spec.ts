import { expect, test, type Page, type Request } from "@playwright/test";

import { signedIn } from "../support/admin.ts";
import { readState } from "../support/state.ts";

// One editor, one entry, two tabs of one browser. Neither tab's typing is ever lost: the second
// save is refused in its tab with both texts, and the editor merges them.

const ENTRY = "/entries/event_1973-canada-diplomatic-ties/edit";
// Autosave posts the form (multipart); the presence heartbeat, the other action the form calls, posts JSON.
const isSave = (r: Request) => r.method() === "POST" && !!r.headers()["next-action"] && (r.headers()["content-type"] ?? "").startsWith("multipart/form-data");

function countSaves(page: Page) {
  const saves: string[] = [];
  page.on("request", (r) => isSave(r) && saves.push(r.url()));
  return saves;
}

test("two tabs editing one entry: the second save is refused with both texts, and merging keeps both", async ({ browser }) => {
  const { accounts } = readState();
  const tabA = await signedIn(browser, accounts.editor2);
  const tabB = await tabA.context().newPage();
  // Tab A has told the server it is open before tab B asks who else is (otherwise B hears of A
  // at its next heartbeat, 30 seconds on).
  const announced = tabA.waitForResponse((r) => r.request().method() === "POST" && (r.request().postData() ?? "").includes('"tabId"'));
  await tabA.goto(ENTRY);
  await announced;
  await tabB.goto(ENTRY);
  await expect(tabB.getByText(/You also have this entry open in another tab since \d\d:\d\d/)).toBeVisible();

  const description = (p: Page) => p.getByLabel("Description");
  const original = await description(tabA).inputValue();
  await description(tabA).fill(`${original} Tab A added this sentence.`);
  await expect(tabA.getByText(/Draft saved at/)).toBeVisible();

  // Tab B opened the entry before A's draft existed: its save must not overwrite A's.
  await description(tabB).fill(`Tab B wrote this first. ${original}`);
  const panel = tabB.getByRole("alert").filter({ has: tabB.getByRole("heading", { name: "This draft was changed elsewhere" }) });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("definition").filter({ hasText: "Your text (this tab)" })).toContainText("Tab B wrote this first.");
  await expect(panel.getByRole("definition").filter({ hasText: "Saved elsewhere" })).toContainText("Tab A added this sentence.");
  await expect(tabB.getByRole("button", { name: "Save draft" })).toBeDisabled();

  await panel.getByRole("button", { name: "Merge both" }).click();
  const merged = `Tab B wrote this first. ${original} Tab A added this sentence.`;
  await expect(description(tabB)).toHaveValue(merged);
  await expect(tabB.getByText(/Draft saved at/)).toBeVisible();

  // Reloaded, tab A shows both edits: nothing either tab typed was lost.
  await tabA.reload();
  await expect(description(tabA)).toHaveValue(merged);
  await tabA.context().close();
});

test("an idle form sends no saves: nothing on arrival, one save for one change, then nothing for 15 seconds", async ({ browser }) => {
  const { accounts } = readState();
  const page = await signedIn(browser, accounts.editor2);
  const saves = countSaves(page);
  await page.goto("/entries/event_1961-mongolia-joins-the-un/edit");
  await page.waitForTimeout(4000);
  expect(saves, "saves with nothing typed").toHaveLength(0);

  await page.getByRole("textbox", { name: "Place", exact: true }).fill("New York");
  await expect(page.getByText(/Draft saved at/)).toBeVisible();
  expect(saves).toHaveLength(1);
  await page.waitForTimeout(15_000);
  expect(saves, "saves while idle after one change").toHaveLength(1);
  await page.context().close();
});
