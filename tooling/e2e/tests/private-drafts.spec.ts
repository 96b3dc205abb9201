import { expect, test } from "@playwright/test";

import { signedIn } from "../support/admin.ts";
import { readState } from "../support/state.ts";

// An editor's new, never-published entry is theirs: another editor cannot find, open or preview it.
test("another editor cannot list, open or preview an editor's unpublished draft; an admin sees it read-only", async ({ browser }) => {
  const { accounts } = readState();
  const name = "Republic of Private Drafts";
  const author = await signedIn(browser, accounts.editor);
  await author.goto("/entries/new/country");
  await author.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await expect(author.getByText(/Draft saved at/)).toBeVisible();
  await expect(author).toHaveURL(/\/revisions\/[0-9a-f-]{36}\/edit$/);
  const revisionId = /\/revisions\/([0-9a-f-]{36})\/edit$/.exec(author.url())![1]!;
  await author.goto("/entries?q=Private+Drafts");
  const link = author.getByRole("link", { name });
  await expect(link).toBeVisible();
  const entryPath = (await link.getAttribute("href"))!;

  const other = await signedIn(browser, accounts.editor2);
  await other.goto("/entries?q=Private+Drafts");
  await expect(other.getByRole("link", { name })).toHaveCount(0);
  for (const path of [entryPath, `${entryPath}/edit`, `/revisions/${revisionId}`, `/revisions/${revisionId}/preview`, `/revisions/${revisionId}/edit`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByText(name)).toHaveCount(0);
  }

  const admin = await signedIn(browser, accounts.admin);
  await admin.goto(entryPath);
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  // Read-only: no way into the edit form (the history's "Edit" rows lead to the revision's page).
  await expect(admin.locator(`a[href="${entryPath}/edit"]`)).toHaveCount(0);
  expect((await admin.goto(`${entryPath}/edit`))?.status()).toBe(403);
  for (const page of [author, other, admin]) await page.context().close();
});
