import { expect, test } from "@playwright/test";
import pg from "pg";

import { signedIn } from "../support/admin.ts";
import { readState } from "../support/state.ts";

// A browser that signed in keeps a device token (README, "Security"): its next sign-in to that
// account is judged by its own failures, not by those of guessers sharing its address.

test("a browser that signed in once is known the next time it signs in to that account", async ({ browser }) => {
  const { accounts, databaseUrl } = readState();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const lastSignIn = async () =>
    (
      await db.query<{ data: { knownBrowser?: boolean } }>(`SELECT data FROM "AuditLog" WHERE action = 'auth.sign_in' AND "actorEmail" = $1 ORDER BY id DESC LIMIT 1`, [
        accounts.admin2.email,
      ])
    ).rows[0]!.data;
  try {
    const page = await signedIn(browser, accounts.admin2);
    expect((await lastSignIn()).knownBrowser).toBeUndefined();
    const device = (await page.context().cookies()).find((c) => c.name === "atlas-device");
    // Out of reach of the page's scripts, and sent only to this app.
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(device!.value).toMatch(/^[\w-]{43}$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email").fill(accounts.admin2.email);
    await page.getByLabel("Password").fill(accounts.admin2.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Hello, ${accounts.admin2.name}` })).toBeVisible();
    expect((await lastSignIn()).knownBrowser).toBe(true);
    await page.context().close();
  } finally {
    await db.end();
  }
});
