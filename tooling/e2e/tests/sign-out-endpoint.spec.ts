import { expect, test } from "@playwright/test";
import pg from "pg";

import { signedIn } from "../support/admin.ts";
import { hiddenFields } from "../support/form-client.ts";
import { adminUrl } from "../support/ports.ts";
import { readState } from "../support/state.ts";

// next-auth's own sign-out (POST /api/auth/signout: what its signOut() helper and its built-in
// page use) ends the session on the server, as the app's own button does.

test("a copied session cookie opens nothing once its user signed out through next-auth's own endpoint", async ({ browser }) => {
  const { accounts, databaseUrl } = readState();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const watches = async () =>
    Number(
      (
        await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Watch" w JOIN "User" u ON u.id = w."userId" WHERE u.email = $1 AND w."entryId" = 'country_canada'`, [
          accounts.editor2.email,
        ])
      ).rows[0]!.n,
    );
  const page = await signedIn(browser, accounts.editor2);
  const thief = await browser.newContext({ baseURL: adminUrl });
  try {
    await thief.addCookies(await page.context().cookies());
    // While the session lasts, the copy opens the inbox and runs actions: it starts watching Canada.
    const inbox = await thief.request.get("/inbox");
    expect(new URL(inbox.url()).pathname).toBe("/inbox");
    const entryPage = await thief.request.get("/entries/country_canada");
    const watchForm = hiddenFields(await entryPage.text(), "watch");
    expect(watchForm.watch).toBe("true");
    await thief.request.post("/entries/country_canada", { multipart: watchForm, maxRedirects: 0 });
    expect(await watches()).toBe(1);

    // The user signs out the way next-auth's built-in page does: its CSRF token, then a POST.
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login" }, maxRedirects: 0 });
    expect(signOut.status()).toBe(302);
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("authjs.session-token");

    // The copy no longer opens anything…
    expect(await (await thief.request.get("/api/auth/session")).json()).toBeNull();
    const tab = await thief.newPage();
    await tab.goto("/inbox");
    await expect(tab).toHaveURL(/\/login/);
    // …nor runs an action: stopping the watch is refused, and Canada is still watched.
    await thief.request.post("/entries/country_canada", { multipart: { ...watchForm, watch: "false" }, maxRedirects: 0 });
    expect(await watches()).toBe(1);
    const ended = await db.query<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "actorEmail" = $1 ORDER BY id DESC LIMIT 1`, [accounts.editor2.email]);
    expect(ended.rows[0]?.action).toBe("auth.sign_out");
  } finally {
    await thief.close();
    await page.context().close();
    await db.end();
  }
});
