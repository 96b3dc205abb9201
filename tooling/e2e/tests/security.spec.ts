import { expect, request as playwrightRequest, test } from "@playwright/test";
import pg from "pg";

import { signedIn } from "../support/admin.ts";
import { submitForm } from "../support/form-client.ts";
import { adminUrl, ports } from "../support/ports.ts";
import { readState } from "../support/state.ts";

// What the admin app promises an attacker cannot do (README, "Security").

test("a session cookie copied before sign-out is refused after it", async ({ browser }) => {
  const { accounts } = readState();
  const page = await signedIn(browser, accounts.editor);
  const stolen = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext({ baseURL: adminUrl });
  await thief.addCookies(stolen);
  const session = await thief.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  const tab = await thief.newPage();
  await tab.goto("/entries");
  await expect(tab).toHaveURL(/\/login/);
  // The same for a server action posted with the old cookie: it is refused, not run.
  const state = await submitForm(thief.request, "/login", "callbackUrl", { email: "x@x", password: "x" }).catch(() => null);
  expect(state?.status() ?? 200).toBeLessThan(500);
  await thief.close();
});

test("the admin app's policy allows no inline script, and every page still comes alive", async ({ browser }) => {
  const { accounts } = readState();
  const page = await signedIn(browser, accounts.admin);
  const violations: string[] = [];
  page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  for (const path of [
    "/",
    "/entries",
    "/entries/new",
    "/entries/new/event",
    "/entries/event_2011-08-biden-visit",
    "/entries/event_2011-08-biden-visit/edit",
    "/paste",
    "/review",
    "/users",
    "/audit",
  ]) {
    const res = await page.goto(path);
    const policy = res!.headers()["content-security-policy"] ?? "";
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(script, path).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(script, path).not.toContain("unsafe-inline");
    expect(policy, path).toContain("frame-ancestors 'none'");
    // Next's client runtime booted: the page is interactive, not dead HTML.
    await expect.poll(() => page.evaluate(() => Boolean((window as { next?: { version?: string } }).next?.version)), { message: path }).toBe(true);
  }
  // An interaction that only client code can do: the picker searches as one types.
  await page.goto("/entries/new/event");
  await page.getByRole("combobox", { name: "Countries involved" }).fill("Qat");
  await expect(page.getByRole("option", { name: "Qatar" })).toBeVisible();
  expect(violations, "no page's own script or style was blocked").toEqual([]);
  // Markup injected into the page (what a stored-XSS hole would do) cannot run its inline code.
  const ran = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        (window as { injected?: boolean }).injected = false;
        document.body.insertAdjacentHTML("beforeend", '<img src="/nothing-here.png" onerror="window.injected = true">');
        setTimeout(() => resolve(Boolean((window as { injected?: boolean }).injected)), 500);
      }),
  );
  expect(ran).toBe(false);
  expect(violations).toEqual([expect.stringMatching(/^Executing inline event handler violates the following Content Security Policy directive/)]);
});

test("a form field's limit is the server's: counted as one types, and text over it kept and refused, never cut", async ({ browser }) => {
  const { accounts } = readState();
  const page = await signedIn(browser, accounts.editor);
  await page.goto("/entries/new/organization");
  await expect(page.getByText("0 / 5,000")).toBeVisible();
  const name = page.getByRole("textbox", { name: /^Name/ });
  await expect(name).not.toHaveAttribute("maxlength");
  await name.fill("N".repeat(201));
  await expect(name).toHaveValue("N".repeat(201));
  await expect(page.getByText("At most 200 characters: this has 201. Nothing was cut; shorten it to save.").first()).toBeVisible();
});

test("sign-in opened at 127.0.0.1 stays on 127.0.0.1", async ({ browser }) => {
  const { accounts } = readState();
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${ports.admin}` });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(accounts.editor.email);
  await page.getByLabel("Password").fill(accounts.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${accounts.editor.name}` })).toBeVisible();
  expect(new URL(page.url()).host).toBe(`127.0.0.1:${ports.admin}`);
  await context.close();
});

test("X-Forwarded-For does not get a guesser past the throttle (no trusted proxy is configured)", async () => {
  const { accounts, databaseUrl } = readState();
  const client = await playwrightRequest.newContext({ baseURL: adminUrl });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // Each guess claims to come from somewhere else.
    for (let i = 0; i < 14; i++) {
      await submitForm(client, "/login", "callbackUrl", { email: `nobody${i}@atlas.test`, password: "guess" }, { "x-forwarded-for": `203.0.113.${i}` });
    }
    const last = await submitForm(client, "/login", "callbackUrl", { email: accounts.admin.email, password: accounts.admin.password }, { "x-forwarded-for": "198.51.100.7" });
    expect(await last.text()).toMatch(/Too many failed sign-ins\. Try again in \d+ seconds?\./);
    const { rows } = await db.query<{ key: string }>(`SELECT key FROM "SignInThrottle" WHERE key LIKE 'ip:%'`);
    expect(rows.map((r) => r.key).filter((k) => k.startsWith("ip:203.0.113."))).toEqual([]);
  } finally {
    // The site under test is shared with the other tests: let this address sign in again.
    await db.query(`DELETE FROM "SignInThrottle"`);
    await db.end();
    await client.dispose();
  }
});
