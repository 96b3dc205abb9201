import { expect, test } from "@playwright/test";

import { pick, signedIn } from "../support/admin.ts";
import { webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

const TITLE = "Mongolia and Qatar open a joint business council";
const EDITED = "Mongolia and Qatar open a joint business and investment council";

test("an editor's event reaches the public page only through review", async ({ browser }) => {
  const { accounts } = readState();
  const publicPage = await (await browser.newContext({ baseURL: webUrl })).newPage();
  // The Qatar page is in the public cache before anything is published.
  await publicPage.goto("/countries/qatar");
  await expect(publicPage.getByRole("heading", { level: 1, name: "Qatar" })).toBeVisible();
  await expect(publicPage.getByText(TITLE)).toHaveCount(0);

  // The editor adds an event for Qatar through the form.
  const editor = await signedIn(browser, accounts.editor);
  await editor.goto("/entries/new/event");
  await editor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
  await editor.getByLabel("Title").fill(TITLE);
  await expect(editor.getByLabel("Slug (in the page address)")).toHaveValue("mongolia-and-qatar-open-a-joint-business-council");
  await editor.getByLabel("Type").selectOption({ label: "Trade and investment" });
  await editor.getByLabel("Description").fill("The two countries agreed to open a joint business council, building on the 2020 memorandum on *political consultations*.");
  await editor.getByRole("combobox", { name: "Known to" }).first().selectOption("MONTH");
  await editor.getByRole("combobox", { name: "Month" }).selectOption({ label: "March" });
  await editor.getByRole("textbox", { name: "Year" }).first().fill("2025");
  await pick(editor, "Countries involved", "Qat", "Qatar");
  await pick(editor, "Countries involved", "Mongol", /^Mongolia$/);
  await editor.getByRole("button", { name: "+ Add a source" }).click();
  await pick(editor, "Source", "seed text", /Foreign relations of Mongolia: the seed text/);
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(editor.getByText("Draft", { exact: true })).toBeVisible();

  // It previews exactly as the public page would show it, and nothing is public yet.
  await editor.getByRole("link", { name: "Preview on the public page" }).click();
  await expect(editor.getByText("Nothing here is public yet")).toBeVisible();
  await expect(editor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(editor.getByText("March 2025").first()).toBeVisible();
  await editor.getByRole("link", { name: "Back to the revision" }).click();
  await publicPage.reload();
  await expect(publicPage.getByText(TITLE)).toHaveCount(0);

  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Submitted for review.")).toBeVisible();
  await expect(editor.getByText("Waiting for review", { exact: true })).toBeVisible();

  // An admin finds it in the queue, reads the diff and approves it.
  const admin = await signedIn(browser, accounts.admin);
  await admin.goto("/review");
  await admin.getByRole("link", { name: TITLE }).click();
  await expect(admin.getByRole("cell", { name: TITLE })).toBeVisible();
  await expect(admin.getByRole("row", { name: /Countries involved/ })).toContainText("Qatar");
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByText("Published. The public pages it touches are refreshed.")).toBeVisible();

  // The public Qatar page serves it within a second of the approval, with no rebuild: the very
  // first request after it gets the new page.
  const started = Date.now();
  const html = await (await publicPage.request.get("/countries/qatar")).text();
  expect(Date.now() - started).toBeLessThan(1000);
  expect(html).toContain(TITLE);
  await publicPage.reload();
  await expect(publicPage.getByRole("heading", { name: TITLE })).toBeVisible();

  // The editor edits it again; the admin rejects with a comment; the editor sees it.
  await editor.goto("/entries");
  await editor.getByRole("link", { name: TITLE }).click();
  await editor.getByRole("link", { name: "Edit", exact: true }).click();
  await editor.getByLabel("Title").fill(EDITED);
  await editor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(editor.getByText("Waiting for review", { exact: true })).toBeVisible();

  await admin.goto("/review");
  await admin.getByRole("link", { name: EDITED }).click();
  await expect(admin.getByRole("row", { name: /Title/ })).toContainText(TITLE);
  // The words the editor added are marked as such, not just the whole field.
  await expect(admin.getByRole("row", { name: /Title/ }).locator("ins")).toHaveText(["and investment "]);
  await admin.getByLabel("Comment for the author").fill("Needs a source that names the council.");
  await admin.getByRole("button", { name: "Reject" }).click();
  await expect(admin.getByText("Sent back to its author with your comment.")).toBeVisible();

  await editor.goto("/");
  await expect(editor.getByText("Reviewer: “Needs a source that names the council.”")).toBeVisible();

  await publicPage.reload();
  await expect(publicPage.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(publicPage.getByText(EDITED)).toHaveCount(0);
});

test("a page whose address changes keeps answering at the old one", async ({ browser }) => {
  const { accounts } = readState();
  const publicPage = await (await browser.newContext({ baseURL: webUrl })).newPage();
  expect((await publicPage.goto("/people/mike-johanns"))?.status()).toBe(200);

  const editor = await signedIn(browser, accounts.editor);
  await editor.goto("/entries?q=Johanns");
  await editor.getByRole("link", { name: "Mike Johanns" }).click();
  await editor.getByRole("link", { name: "Edit", exact: true }).click();
  await editor.getByLabel("Slug (in the page address)").fill("michael-johanns");
  await editor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(editor.getByText("Waiting for review", { exact: true })).toBeVisible();

  const admin = await signedIn(browser, accounts.admin);
  await admin.goto("/review");
  await admin.getByRole("link", { name: "Mike Johanns" }).click();
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByText("Published. The public pages it touches are refreshed.")).toBeVisible();

  const old = await publicPage.request.get("/people/mike-johanns", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(/\/people\/michael-johanns$/);
  await publicPage.goto("/people/mike-johanns");
  await expect(publicPage).toHaveURL(/\/people\/michael-johanns$/);
  await expect(publicPage.getByRole("heading", { level: 1, name: "Mike Johanns" })).toBeVisible();
});
