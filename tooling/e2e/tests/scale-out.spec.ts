import { expect, test, type Browser } from "@playwright/test";

import { REDIS_MISSING } from "@atlas/vitest/redis-server";

import { signedIn } from "../support/admin.ts";
import { ports, webUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";
import { startWebInstance, type WebInstance } from "../support/web-instance.ts";

const ENTRY = "Canada and Mongolia establish diplomatic ties";
const PAGE = "/countries/canada";

/** An editor retitles the Canada event and an admin approves it, through the admin app. */
async function publishTitle(browser: Browser, from: string, to: string) {
  const { accounts } = readState();
  const editor = await signedIn(browser, accounts.editor2);
  await editor.goto("/entries?q=Canada");
  await editor.getByRole("link", { name: from }).click();
  await editor.getByRole("link", { name: "Edit", exact: true }).click();
  await editor.getByLabel("Title").fill(to);
  await editor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(editor.getByText("Waiting for review", { exact: true })).toBeVisible();
  const admin = await signedIn(browser, accounts.admin2);
  await admin.goto("/review");
  await admin.getByRole("link", { name: to }).click();
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByText("Published. The public pages it touches are refreshed.")).toBeVisible();
  await Promise.all([editor.context().close(), admin.context().close()]);
}

const page = (base: string) => fetch(`${base}${PAGE}`).then((r) => r.text());

/** Milliseconds until `base` serves a page containing `text` (fails after 5 s). */
async function msUntilShown(base: string, text: string, since: number): Promise<number> {
  while (!(await page(base)).includes(text)) {
    if (Date.now() - since > 5000) throw new Error(`${base}${PAGE} still lacks "${text}" after 5 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - since;
}

// Two instances of the public site sharing one Redis, and the admin app: a publish reaches both.
test("a publish shows on every web instance within a second, and a restarted one starts current", async ({ browser }) => {
  const state = readState();
  if (!state.redisUrl) throw new Error(REDIS_MISSING);
  let second: WebInstance | null = await startWebInstance(state, ports.web2, webUrl);
  try {
    // Both instances have the page cached (in memory and in Redis) before the publish.
    for (const base of [webUrl, second.url, webUrl, second.url]) expect(await page(base)).toContain(ENTRY);

    const renamed = `${ENTRY} (renamed)`;
    await publishTitle(browser, ENTRY, renamed);
    const published = Date.now();
    const [first, other] = await Promise.all([msUntilShown(webUrl, renamed, published), msUntilShown(second.url, renamed, published)]);
    expect(first).toBeLessThan(1000);
    expect(other).toBeLessThan(1000);

    // A publish while the second instance is down; its first answer after the restart is current.
    await second.stop();
    second = null;
    const again = `${ENTRY} (renamed again)`;
    await publishTitle(browser, renamed, again);
    second = await startWebInstance(state, ports.web2, webUrl);
    const firstAnswer = await page(second.url);
    expect(firstAnswer).toContain(again);
    expect(firstAnswer).not.toContain(`${renamed}<`);
  } finally {
    await second?.stop();
  }
});
