import { randomBytes } from "node:crypto";

import { expect, test } from "@playwright/test";

import { bootstrapUser } from "@atlas/core/users";
import { createDb } from "@atlas/db";

import { signedIn } from "../support/admin.ts";
import { readState, type Account } from "../support/state.ts";

test("making an admin an editor lists their scheduled publication and hands it to the admin doing it", async ({ browser }) => {
  const { accounts, databaseUrl } = readState();
  // An admin of this test's own, so that demoting them leaves the other tests' accounts alone.
  const planner: Account = {
    email: `e2e-planner-${randomBytes(3).toString("hex")}@atlas.test`,
    name: "Pia Planner",
    role: "ADMIN",
    password: `pw-${randomBytes(12).toString("base64url")}`,
  };
  const db = createDb(databaseUrl, { max: 1 });
  await bootstrapUser({ db, input: planner, via: "e2e" });
  await db.$disconnect();

  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/paste");
  await editor.getByLabel("A sourced sentence").fill("In 2018, Mongolia and Uruguay signed a memorandum on wool trade.");
  await editor.getByLabel("Source title").fill("Uruguay memorandum");
  await editor.getByRole("button", { name: "Read the sentence" }).click();
  await editor.getByRole("button", { name: "Make the drafts" }).click();
  await editor.getByRole("button", { name: /^Submit all \d+ for review$/ }).click();
  await expect(editor.getByText("Submitted for review as one change set.")).toBeVisible();
  const changeSetUrl = new URL(editor.url()).pathname;

  // The planner approves it for an hour from now.
  const pia = await signedIn(browser, planner);
  await pia.goto(changeSetUrl);
  await pia.getByText("Publish later, or take down at a time").click();
  await pia.getByLabel("Publish at (UTC, optional)").fill(new Date(Date.now() + 3_600_000).toISOString().slice(0, 16));
  await pia.getByRole("button", { name: /^Schedule for / }).click();
  await expect(pia).toHaveURL(/\/review\?published=scheduled$/);

  // Another admin makes the planner an editor: the page names the schedule and asks what becomes of it.
  const admin = await signedIn(browser, accounts.admin);
  await admin.goto("/users");
  const row = admin.getByRole("row").filter({ hasText: planner.email });
  await expect(row).toContainText("Scheduled changes that run with their powers:");
  await expect(row).toContainText(/Publish .*Uruguay/);
  await row.getByLabel("Role of Pia Planner").selectOption("EDITOR");
  await row.getByRole("button", { name: "Change" }).click();
  await expect(row.getByText("Choose what becomes of Pia Planner's scheduled changes.")).toBeVisible();
  // Refused: the choice of role stays as it was made.
  await expect(row.getByLabel("Role of Pia Planner")).toHaveValue("EDITOR");
  await row
    .getByRole("group", { name: /Made an editor/ })
    .getByLabel("I take it over (run as me)")
    .check();
  await row.getByRole("button", { name: "Change" }).click();
  await expect(row.getByText("Role changed; their sessions were ended. Their scheduled change was taken over by you.")).toBeVisible();

  await admin.goto("/");
  const scheduled = admin.getByRole("region", { name: "Scheduled" });
  await expect(scheduled.getByRole("listitem").filter({ hasText: /Uruguay/ })).toContainText("planned by Ada Admin");
  // Cancelled again, so nothing is published later in the run.
  admin.once("dialog", (d) => void d.accept());
  await scheduled
    .getByRole("listitem")
    .filter({ hasText: /Uruguay/ })
    .getByRole("button", { name: "Cancel" })
    .click();
  await expect(admin.getByRole("listitem").filter({ hasText: /Uruguay/ })).toHaveCount(0);
});
