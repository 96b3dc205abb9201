import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { RateLimitedError, StateError, type ValidationError } from "../src/errors.ts";
import { accountsUnderAttack, authenticate, resolveSession, THROTTLE } from "../src/users/authenticate.ts";
import { bootstrapUser } from "../src/users/bootstrap-user.ts";
import { createUser } from "../src/users/create-user.ts";
import { signOut } from "../src/users/sign-out.ts";
import { setUserActive, updateUser } from "../src/users/update-user.ts";
import { makeActors } from "./support/actors.ts";

describe("sign-in, sessions and users", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const password = "correct horse battery";

  it("signs in with the right password, audits it, and refuses a wrong one without saying which part was wrong", async () => {
    const ok = await authenticate({ db: t.db, input: { email: "EDITOR@atlas.test ", password }, ip: "10.0.0.1" });
    expect(ok).toMatchObject({ email: "editor@atlas.test", role: "EDITOR" });
    expect(await authenticate({ db: t.db, input: { email: "editor@atlas.test", password: "wrong" }, ip: "10.0.0.1" })).toBeNull();
    expect(await authenticate({ db: t.db, input: { email: "nobody@atlas.test", password }, ip: "10.0.0.1" })).toBeNull();
    const audit = await t.db.auditLog.findMany({ where: { action: { startsWith: "auth." } }, orderBy: { id: "asc" }, select: { action: true, data: true } });
    expect(audit.map((r) => [r.action, (r.data as { reason?: string }).reason])).toEqual([
      ["auth.sign_in", undefined],
      ["auth.sign_in_failed", "wrong password"],
      ["auth.sign_in_failed", "unknown account"],
    ]);
  });

  it("slows down one address guessing across many accounts, whatever accounts it tries", async () => {
    const now = new Date();
    const ip = "10.9.0.1";
    for (let i = 0; i < THROTTLE.address.free; i++) await authenticate({ db: t.db, input: { email: `someone${i}@atlas.test`, password: "guess" }, ip, now });
    // The next try from that address, on yet another account (a real one, the right password), waits.
    await expect(authenticate({ db: t.db, input: { email: "admin@atlas.test", password }, ip, now })).rejects.toThrow(/Try again in 1 second/);
    // Every failure from there doubles the wait.
    await authenticate({ db: t.db, input: { email: "nobody@atlas.test", password: "guess" }, ip, now: new Date(now.getTime() + 1500) });
    await expect(authenticate({ db: t.db, input: { email: "admin@atlas.test", password }, ip, now: new Date(now.getTime() + 2000) })).rejects.toThrow(/Try again in 2 seconds/);
    // The same account from another address is not held back at all.
    expect(await authenticate({ db: t.db, input: { email: "admin@atlas.test", password }, ip: "10.9.0.2", now })).toMatchObject({ email: "admin@atlas.test" });
  });

  it("never locks an account: 50 wrong passwords from one address do not stop the right one from another", async () => {
    const now = new Date();
    for (let i = 0; i < 50; i++) await authenticate({ db: t.db, input: { email: "editor2@atlas.test", password: `guess ${i}` }, ip: "10.8.0.1", now }).catch(() => null);
    await expect(authenticate({ db: t.db, input: { email: "editor2@atlas.test", password }, ip: "10.8.0.1", now })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await authenticate({ db: t.db, input: { email: "editor2@atlas.test", password }, ip: "10.8.0.2", now })).toMatchObject({ email: "editor2@atlas.test" });
  });

  it("slows an account attacked from many addresses to one try every 30 seconds at most, and shows it to admins", async () => {
    const now = new Date();
    await bootstrapUser({ db: t.db, input: { email: "target@atlas.test", name: "Target", role: "EDITOR", password }, via: "test" });
    // One guess from each of 40 addresses, as fast as the account lets them through.
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    for (let i = 0; i < 40; i++)
      await authenticate({ db: t.db, input: { email: "target@atlas.test", password: `guess ${i}` }, ip: `10.7.${i}.1`, now: at(i * 31) }).catch(() => null);
    const last = at(39 * 31);
    const error = (await authenticate({ db: t.db, input: { email: "target@atlas.test", password }, ip: "10.7.99.1", now: last }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.message).toBe("Too many failed sign-ins. Try again in 30 seconds.");
    const alerts = await accountsUnderAttack(t.db, last);
    // Those of the last 15 minutes count: 30 addresses, each once.
    expect(alerts.find((x) => x.email === "target@atlas.test")).toMatchObject({ failures: 40, addresses: 30, slowedUntil: new Date(last.getTime() + 30_000) });
    expect(await authenticate({ db: t.db, input: { email: "target@atlas.test", password }, ip: "10.7.99.1", now: new Date(last.getTime() + 30_001) })).toMatchObject({
      email: "target@atlas.test",
    });
  });

  it("refuses a deactivated user's session even when nothing else about it changed", async () => {
    const session = (await authenticate({ db: t.db, input: { email: "editor@atlas.test", password }, ip: "10.6.0.1" }))!;
    const claims = { userId: session.id, sessionVersion: session.sessionVersion };
    // Deactivated behind the use case's back: the session version is the same, the account is not active.
    await t.db.user.update({ where: { id: session.id }, data: { active: false } });
    expect(await resolveSession({ db: t.db, claims })).toBeNull();
    await t.db.user.update({ where: { id: session.id }, data: { active: true } });
    expect(await resolveSession({ db: t.db, claims })).toMatchObject({ id: session.id });
  });

  it("ends every session of a user who signs out, in any browser", async () => {
    const one = (await authenticate({ db: t.db, input: { email: "editor@atlas.test", password }, ip: "10.5.0.1" }))!;
    const two = (await authenticate({ db: t.db, input: { email: "editor@atlas.test", password }, ip: "10.5.0.2" }))!;
    await signOut({ db: t.db, actor: one });
    for (const s of [one, two]) expect(await resolveSession({ db: t.db, claims: { userId: s.id, sessionVersion: s.sessionVersion } })).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "auth.sign_out", actorId: one.id } })).toBe(1);
  });

  it("ends the sessions of a deactivated user at once, and refuses their sign-in", async () => {
    const session = (await authenticate({ db: t.db, input: { email: "editor@atlas.test", password }, ip: "10.2.0.1" }))!;
    const claims = { userId: session.id, sessionVersion: session.sessionVersion };
    expect(await resolveSession({ db: t.db, claims })).toMatchObject({ id: session.id });
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: session.id, active: false } });
    expect(await resolveSession({ db: t.db, claims })).toBeNull();
    expect(await authenticate({ db: t.db, input: { email: "editor@atlas.test", password }, ip: "10.2.0.1" })).toBeNull();
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: session.id, active: true } });
    expect(await resolveSession({ db: t.db, claims }), "an old session stays ended after reactivation").toBeNull();
  });

  it("ends sessions on a role change, and keeps at least one active admin", async () => {
    const s = (await authenticate({ db: t.db, input: { email: "admin2@atlas.test", password }, ip: "10.3.0.1" }))!;
    await updateUser({ db: t.db, actor: a.admin, input: { userId: s.id, role: "EDITOR" } });
    expect(await resolveSession({ db: t.db, claims: { userId: s.id, sessionVersion: s.sessionVersion } })).toBeNull();
    await expect(updateUser({ db: t.db, actor: a.admin, input: { userId: a.admin.id, role: "EDITOR" } })).rejects.toBeInstanceOf(StateError);
    await expect(setUserActive({ db: t.db, actor: a.admin, input: { userId: a.admin.id, active: false } })).rejects.toThrow(/cannot deactivate yourself/);
  });

  it("creates users with field-level errors for bad input", async () => {
    await expect(
      createUser({ db: t.db, actor: a.admin, input: { email: "editor@atlas.test", name: "Dup", role: "EDITOR", password: "long enough password" } }),
    ).rejects.toMatchObject({
      fieldErrors: { email: ["There is already an account with this email."] },
    });
    const error = (await createUser({ db: t.db, actor: a.admin, input: { email: "not-an-email", name: "", role: "OWNER" as never, password: "short" } }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "name", "password", "role"]);
  });
});
