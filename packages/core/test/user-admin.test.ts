import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { ForbiddenError, NotFoundError, StateError } from "../src/errors.ts";
import { accountsUnderAttack, authenticate, resolveSession, SIGN_IN_FAILED, THROTTLE } from "../src/users/authenticate.ts";
import { bootstrapUser } from "../src/users/bootstrap-user.ts";
import { createUser } from "../src/users/create-user.ts";
import { listUsers, setUserActive, setUserPassword, updateUser } from "../src/users/update-user.ts";
import { makeActors } from "./support/actors.ts";

// What admins do to accounts, and how sign-in answers, as the people involved would notice.

const password = "correct horse battery";
const audits = (db: ReturnType<typeof freshDatabase>["db"], targetId: string) =>
  db.auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, actorEmail: true, targetType: true, data: true } });

describe("managing users", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("an admin adds an editor by default, who can then sign in; the addition is audited", async () => {
    const user = await createUser({ db: t.db, actor: a.admin, input: { email: " New.Editor@Atlas.test", name: " New Editor ", password: "a long first password" } });
    expect(user).toEqual({ id: expect.any(String), email: "new.editor@atlas.test", name: "New Editor", role: "EDITOR" });
    expect(await authenticate({ db: t.db, input: { email: "new.editor@atlas.test", password: "a long first password" }, ip: "10.1.1.1" })).toMatchObject({ id: user.id });
    expect((await audits(t.db, user.id))[0]).toEqual({
      action: "user.create",
      actorId: a.admin.id,
      actorEmail: "admin@atlas.test",
      targetType: "User",
      data: { email: "new.editor@atlas.test", role: "EDITOR" },
    });
    await expect(createUser({ db: t.db, actor: a.editor, input: { email: "x@atlas.test", name: "X", password: "a long first password" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.user.count({ where: { email: "x@atlas.test" } })).toBe(0);
  });

  it("renames a user (audited once, not when the name is the same) without ending their sessions", async () => {
    const s = (await authenticate({ db: t.db, input: { email: "editor2@atlas.test", password }, ip: "10.1.2.1" }))!;
    expect(await updateUser({ db: t.db, actor: a.admin, input: { userId: s.id, name: "Second Editor" } })).toEqual({ userId: s.id, schedules: 0 });
    expect((await audits(t.db, s.id)).filter((r) => r.actorId === a.admin.id).map((r) => [r.action, r.targetType])).toEqual([["user.update", "User"]]);
    await updateUser({ db: t.db, actor: a.admin, input: { userId: s.id, name: "Second Editor", role: "EDITOR" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: s.id } })).name).toBe("Second Editor");
    expect(await resolveSession({ db: t.db, claims: { userId: s.id, sessionVersion: s.sessionVersion } })).toEqual({
      id: s.id,
      email: "editor2@atlas.test",
      name: "Second Editor",
      role: "EDITOR",
    });
    const trail = (await audits(t.db, s.id)).filter((r) => r.actorId === a.admin.id);
    expect(trail.map((r) => [r.action, r.data])).toEqual([["user.update", { email: "editor2@atlas.test", name: "Second Editor" }]]);
  });

  it("a role change is audited with both roles, and an editor can become admin", async () => {
    const target = await createUser({ db: t.db, actor: a.admin, input: { email: "promoted@atlas.test", name: "Promoted", password: "a long first password" } });
    await updateUser({ db: t.db, actor: a.admin, input: { userId: target.id, role: "ADMIN" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("ADMIN");
    expect((await audits(t.db, target.id)).at(-1)).toMatchObject({
      action: "user.role_change",
      targetType: "User",
      data: { email: "promoted@atlas.test", from: "EDITOR", to: "ADMIN" },
    });
    await updateUser({ db: t.db, actor: a.admin, input: { userId: target.id, role: "EDITOR" } });
    expect((await audits(t.db, target.id)).at(-1)).toMatchObject({ action: "user.role_change", data: { from: "ADMIN", to: "EDITOR" } });
  });

  it("deactivating and reactivating are audited, and doing either twice changes nothing", async () => {
    const target = await createUser({ db: t.db, actor: a.admin, input: { email: "leaving@atlas.test", name: "Leaving", password: "a long first password" } });
    expect(await setUserActive({ db: t.db, actor: a.admin, input: { userId: target.id, active: false } })).toEqual({ userId: target.id, schedules: 0 });
    const off = await t.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await setUserActive({ db: t.db, actor: a.admin, input: { userId: target.id, active: false } })).toEqual({ userId: target.id, schedules: 0 });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ active: false, sessionVersion: off.sessionVersion });
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: target.id, active: true } });
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: target.id, active: true } });
    expect((await audits(t.db, target.id)).map((r) => [r.action, r.targetType, r.data])).toEqual([
      ["user.create", "User", { email: "leaving@atlas.test", role: "EDITOR" }],
      ["user.deactivate", "User", { email: "leaving@atlas.test" }],
      ["user.reactivate", "User", { email: "leaving@atlas.test" }],
    ]);
    expect(await authenticate({ db: t.db, input: { email: "leaving@atlas.test", password: "a long first password" }, ip: "10.1.3.1" })).toMatchObject({ id: target.id });
  });

  it("a new password works at once, ends the user's sessions, and is audited; the old one no longer works", async () => {
    const target = await createUser({ db: t.db, actor: a.admin, input: { email: "forgetful@atlas.test", name: "Forgetful", password: "a long first password" } });
    const s = (await authenticate({ db: t.db, input: { email: "forgetful@atlas.test", password: "a long first password" }, ip: "10.1.4.1" }))!;
    expect(await setUserPassword({ db: t.db, actor: a.admin, input: { userId: target.id, password: "a new long password" } })).toEqual({ userId: target.id });
    expect(await resolveSession({ db: t.db, claims: { userId: s.id, sessionVersion: s.sessionVersion } })).toBeNull();
    expect(await authenticate({ db: t.db, input: { email: "forgetful@atlas.test", password: "a long first password" }, ip: "10.1.4.2" })).toBeNull();
    expect(await authenticate({ db: t.db, input: { email: "forgetful@atlas.test", password: "a new long password" }, ip: "10.1.4.3" })).toMatchObject({ id: target.id });
    expect((await audits(t.db, target.id)).filter((r) => r.action === "user.password_change").map((r) => [r.actorId, r.data])).toEqual([
      [a.admin.id, { email: "forgetful@atlas.test" }],
    ]);
    await expect(setUserPassword({ db: t.db, actor: a.admin, input: { userId: target.id, password: "short" } })).rejects.toMatchObject({
      fieldErrors: { password: ["Use at least 12 characters."] },
    });
    await expect(setUserPassword({ db: t.db, actor: a.editor, input: { userId: target.id, password: "an editor's try at it" } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("says when a user does not exist, and only admins may manage users", async () => {
    const ghost = "3f2b6a1e-9c4d-4e8f-a1b2-c3d4e5f60718";
    await expect(updateUser({ db: t.db, actor: a.admin, input: { userId: ghost, name: "Ghost" } })).rejects.toThrow(new NotFoundError("That user does not exist."));
    await expect(setUserActive({ db: t.db, actor: a.admin, input: { userId: ghost, active: false } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setUserPassword({ db: t.db, actor: a.admin, input: { userId: ghost, password: "a long enough password" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateUser({ db: t.db, actor: a.admin, input: { userId: "nobody", name: "Ghost" } })).rejects.toMatchObject({ fieldErrors: { userId: ["Unknown user."] } });
    await expect(updateUser({ db: t.db, actor: a.editor, input: { userId: a.editor.id, role: "ADMIN" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setUserActive({ db: t.db, actor: a.editor, input: { userId: a.editor2.id, active: false } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers({ db: t.db, actor: a.editor })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: a.editor.id } })).role).toBe("EDITOR");
  });

  it("lists active users first, admins before editors, then by name, without password hashes", async () => {
    const leaving = await createUser({ db: t.db, actor: a.admin, input: { email: "aaron@atlas.test", name: "Aaron", password: "a long first password" } });
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: leaving.id, active: false } });
    const users = await listUsers({ db: t.db, actor: a.admin });
    const key = (u: { active: boolean; role: string; name: string }) => `${u.active ? 0 : 1}${u.role === "ADMIN" ? 0 : 1}${u.name}`;
    expect(users.map((u) => u.name)).toEqual([...users].sort((x, y) => (key(x) < key(y) ? -1 : 1)).map((u) => u.name));
    expect(users[0]!.role).toBe("ADMIN");
    expect(users.at(-1)!.email).toBe("aaron@atlas.test");
    expect(Object.keys(users[0]!).sort()).toEqual(["active", "createdAt", "email", "id", "lastSignInAt", "name", "role", "schedules"]);
  });
});

describe("the last active admin", () => {
  const t = freshDatabase("seeded");

  it("cannot be demoted or deactivated by another admin while they are the only one left", async () => {
    const only = await bootstrapUser({ db: t.db, input: { email: "only@atlas.test", name: "Only", role: "ADMIN", password }, via: "test" });
    const other = await bootstrapUser({ db: t.db, input: { email: "other@atlas.test", name: "Other", role: "ADMIN", password }, via: "test" });
    const actor = { id: other.id, email: other.email, name: "Other", role: "ADMIN" as const };
    // Two active admins: one may go.
    await setUserActive({ db: t.db, actor, input: { userId: only.id, active: false } });
    await setUserActive({ db: t.db, actor, input: { userId: only.id, active: true } });
    await updateUser({ db: t.db, actor, input: { userId: only.id, role: "EDITOR" } });
    // Now `other` is the last active admin; an inactive admin does not count.
    await t.db.user.update({ where: { id: only.id }, data: { role: "ADMIN", active: false } });
    const onlyAdmin = { ...actor, id: only.id };
    await expect(updateUser({ db: t.db, actor: onlyAdmin, input: { userId: other.id, role: "EDITOR" } })).rejects.toThrow(
      new StateError("The site needs at least one active admin."),
    );
    await expect(setUserActive({ db: t.db, actor: onlyAdmin, input: { userId: other.id, active: false } })).rejects.toThrow(
      new StateError("The site needs at least one active admin."),
    );
    expect(await t.db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: "ADMIN", active: true });
    // Renaming the last admin is fine.
    await updateUser({ db: t.db, actor, input: { userId: other.id, name: "Still Admin", role: "ADMIN" } });
  });

  it("the command line resets an existing account's password and role, reactivates it and ends its sessions", async () => {
    const first = await bootstrapUser({ db: t.db, input: { email: "cli@atlas.test", name: "CLI", role: "EDITOR", password }, via: "user:create" });
    expect(first).toEqual({ id: expect.any(String), email: "cli@atlas.test", role: "EDITOR" });
    const s = (await authenticate({ db: t.db, input: { email: "cli@atlas.test", password }, ip: "10.2.2.2" }))!;
    await t.db.user.update({ where: { id: first.id }, data: { active: false } });
    const again = await bootstrapUser({ db: t.db, input: { email: "cli@atlas.test", name: "CLI Admin", role: "ADMIN", password: "another long password" }, via: "user:create" });
    expect(again).toEqual({ id: first.id, email: "cli@atlas.test", role: "ADMIN" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ name: "CLI Admin", active: true, sessionVersion: s.sessionVersion + 1 });
    expect(await authenticate({ db: t.db, input: { email: "cli@atlas.test", password: "another long password" }, ip: "10.2.2.3" })).toMatchObject({ role: "ADMIN" });
    expect((await audits(t.db, first.id)).filter((r) => r.action !== "auth.sign_in")).toEqual([
      { action: "user.create", actorId: null, actorEmail: "(user:create)", targetType: "User", data: { email: "cli@atlas.test", role: "EDITOR", via: "user:create" } },
      { action: "user.password_change", actorId: null, actorEmail: "(user:create)", targetType: "User", data: { email: "cli@atlas.test", role: "ADMIN", via: "user:create" } },
    ]);
  });
});

describe("sign-in answers", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const signIn = (email: string, pw: string, ip: string, now: Date) => authenticate({ db: t.db, input: { email, password: pw }, ip, now });
  const message = (p: Promise<unknown>) =>
    p.then(
      () => "signed in",
      (e: Error) => e.message,
    );

  it("records the sign-in time and the address, and a deactivated account's right password is refused as such", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    // With the token the browser keeps, so that its next sign-ins are judged on their own (THROTTLE).
    expect(await signIn("editor@atlas.test", password, "10.3.0.1", now)).toEqual({ ...a.editor, sessionVersion: expect.any(Number), device: expect.stringMatching(/^[\w-]{43}$/) });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: a.editor.id } })).lastSignInAt).toEqual(now);
    const signedIn = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in", targetId: a.editor.id } });
    expect([signedIn.actorId, signedIn.targetType, signedIn.data]).toEqual([a.editor.id, "User", { ip: "10.3.0.1" }]);
    await t.db.user.update({ where: { id: a.editor2.id }, data: { active: false } });
    expect(await signIn("editor2@atlas.test", password, "10.3.0.2", now)).toBeNull();
    const failed = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in_failed", actorEmail: "editor2@atlas.test" } });
    expect([failed.actorId, failed.data]).toEqual([null, { reason: "deactivated", ip: "10.3.0.2" }]);
    await t.db.user.update({ where: { id: a.editor2.id }, data: { active: true } });
    // Without a known address the attempt is still counted, under "unknown".
    expect(await authenticate({ db: t.db, input: { email: "editor@atlas.test", password: "wrong" }, now })).toBeNull();
    expect(await t.db.signInThrottle.findUnique({ where: { key: "ip:unknown" } })).toMatchObject({ failures: 1, lockedUntil: null });
    // Malformed input is simply a failed sign-in.
    expect(await authenticate({ db: t.db, input: { email: "", password: "" }, ip: "10.3.0.3", now })).toBeNull();
    expect(SIGN_IN_FAILED).toBe("Email or password is incorrect.");
  });

  it("slows one address on one account after 3 failures: 1 s, then 2 s, then 4 s; other accounts from it are not held", async () => {
    const now = new Date("2026-06-02T10:00:00Z");
    const at = (ms: number) => new Date(now.getTime() + ms);
    const ip = "10.4.0.1";
    expect(THROTTLE.pair.free).toBe(3);
    for (let i = 0; i < 2; i++) await signIn("admin@atlas.test", "wrong", ip, now);
    expect((await t.db.signInThrottle.findUniqueOrThrow({ where: { key: `pair:admin@atlas.test|${ip}` } })).lockedUntil).toBeNull();
    await signIn("admin@atlas.test", "wrong", ip, now);
    expect(await message(signIn("admin@atlas.test", password, ip, now))).toBe("Too many failed sign-ins. Try again in 1 second.");
    expect(await message(signIn("admin@atlas.test", password, ip, at(999)))).toBe("Too many failed sign-ins. Try again in 1 second.");
    await signIn("admin@atlas.test", "wrong", ip, at(1000));
    expect(await message(signIn("admin@atlas.test", password, ip, at(1000)))).toBe("Too many failed sign-ins. Try again in 2 seconds.");
    await signIn("admin@atlas.test", "wrong", ip, at(3000));
    expect(await message(signIn("admin@atlas.test", password, ip, at(3000)))).toBe("Too many failed sign-ins. Try again in 4 seconds.");
    expect(await message(signIn("editor@atlas.test", password, ip, at(3000)))).toBe("signed in");
    const throttled = await t.db.auditLog.findMany({ where: { action: "auth.sign_in_failed", actorEmail: "admin@atlas.test" }, select: { data: true } });
    expect(throttled.filter((r) => (r.data as { reason: string }).reason === "throttled")).toHaveLength(4);
    // The right password once the wait is over clears this account's count from that address.
    expect(await message(signIn("admin@atlas.test", password, ip, at(7000)))).toBe("signed in");
    expect(await t.db.signInThrottle.findUnique({ where: { key: `pair:admin@atlas.test|${ip}` } })).toBeNull();
    expect(await t.db.signInThrottle.findUnique({ where: { key: `ip:${ip}` } })).not.toBeNull();
  });

  it("forgets failures 15 minutes after the last one", async () => {
    const now = new Date("2026-06-03T10:00:00Z");
    const ip = "10.5.0.1";
    for (let i = 0; i < 3; i++) await signIn("nobody@atlas.test", "wrong", ip, now);
    const later = new Date(now.getTime() + THROTTLE.windowMs + 1);
    await signIn("nobody@atlas.test", "wrong", ip, later);
    expect(await t.db.signInThrottle.findUniqueOrThrow({ where: { key: `pair:nobody@atlas.test|${ip}` } })).toMatchObject({
      failures: 1,
      lockedUntil: null,
      windowStartedAt: later,
    });
    // Exactly 15 minutes after is still within the window.
    const edge = new Date(later.getTime() + THROTTLE.windowMs);
    await signIn("nobody@atlas.test", "wrong", ip, edge);
    expect(await t.db.signInThrottle.findUniqueOrThrow({ where: { key: `pair:nobody@atlas.test|${ip}` } })).toMatchObject({ failures: 2, windowStartedAt: later });
  });

  it("tells a long wait in minutes", async () => {
    const ip = "10.6.0.1";
    // 10 free failures from an address, then it waits 1 s, 2 s, 4 s…: the 18th failure, each
    // made as soon as the address may try again, waits 256 s.
    let now = new Date("2026-06-04T10:00:00Z");
    for (let i = 0; i < 18; i++) {
      await signIn(`guess${i}@atlas.test`, "wrong", ip, now);
      const until = (await t.db.signInThrottle.findUniqueOrThrow({ where: { key: `ip:${ip}` } })).lockedUntil;
      if (i < 17) now = until ?? now;
      else expect(until!.getTime() - now.getTime()).toBe(256_000);
    }
    expect(await message(signIn("admin@atlas.test", password, ip, now))).toBe("Too many failed sign-ins. Try again in 5 minutes.");
    expect(await message(signIn("admin@atlas.test", password, ip, new Date(now.getTime() + 180_000)))).toBe("Too many failed sign-ins. Try again in 76 seconds.");
    expect(await message(signIn("admin@atlas.test", password, ip, new Date(now.getTime() + 255_500)))).toBe("Too many failed sign-ins. Try again in 1 second.");
  });

  it("shows admins each account failing from several addresses, with how many, and not the quiet ones", async () => {
    const now = new Date("2026-06-05T10:00:00Z");
    for (let i = 0; i < 6; i++) await signIn("admin2@atlas.test", "wrong", `10.7.${i}.1`, new Date(now.getTime() + i * 31_000));
    for (let i = 0; i < 4; i++) await signIn("editor2@atlas.test", "wrong", `10.8.${i}.1`, now);
    const last = new Date(now.getTime() + 5 * 31_000);
    const alerts = await accountsUnderAttack(t.db, last);
    expect(alerts.map((x) => x.email)).toContain("admin2@atlas.test");
    expect(alerts.map((x) => x.email)).not.toContain("editor2@atlas.test");
    expect(alerts.find((x) => x.email === "admin2@atlas.test")).toEqual({
      email: "admin2@atlas.test",
      failures: 6,
      addresses: 6,
      lastFailureAt: last,
      slowedUntil: expect.any(Date),
    });
    // Once the wait is over it is still listed (it was attacked), but no longer slowed.
    expect(alerts.find((x) => x.email === "admin2@atlas.test")!.slowedUntil!.getTime()).toBeGreaterThan(last.getTime());
    const after = await accountsUnderAttack(t.db, new Date(last.getTime() + 60_000));
    expect(after.find((x) => x.email === "admin2@atlas.test")).toMatchObject({ slowedUntil: null });
    expect(await accountsUnderAttack(t.db, new Date(last.getTime() + THROTTLE.windowMs + 1))).toEqual([]);
  });

  it("tells the longest of the waits that apply, and two minutes as minutes", async () => {
    const now = new Date("2026-06-06T10:00:00Z");
    const hold = (key: string, seconds: number) =>
      t.db.signInThrottle.upsert({
        where: { key },
        create: { key, failures: 20, windowStartedAt: now, lastFailureAt: now, lockedUntil: new Date(now.getTime() + seconds * 1000) },
        update: { failures: 20, lastFailureAt: now, lockedUntil: new Date(now.getTime() + seconds * 1000) },
      });
    await hold("ip:10.10.0.1", 90);
    await hold("pair:admin@atlas.test|10.10.0.1", 5);
    expect(await message(signIn("admin@atlas.test", password, "10.10.0.1", now))).toBe("Too many failed sign-ins. Try again in 90 seconds.");
    await hold("ip:10.10.0.2", 5);
    await hold("pair:admin@atlas.test|10.10.0.2", 90);
    expect(await message(signIn("admin@atlas.test", password, "10.10.0.2", now))).toBe("Too many failed sign-ins. Try again in 90 seconds.");
    await hold("ip:10.10.0.3", 120);
    expect(await message(signIn("admin@atlas.test", password, "10.10.0.3", now))).toBe("Too many failed sign-ins. Try again in 2 minutes.");
    await hold("ip:10.10.0.4", 119);
    expect(await message(signIn("admin@atlas.test", password, "10.10.0.4", now))).toBe("Too many failed sign-ins. Try again in 119 seconds.");
  });

  it("holds an account back only once three or more addresses failed on it", async () => {
    const now = new Date("2026-06-07T10:00:00Z");
    await bootstrapUser({ db: t.db, input: { email: "two@atlas.test", name: "Two", role: "EDITOR", password }, via: "test" });
    await bootstrapUser({ db: t.db, input: { email: "three@atlas.test", name: "Three", role: "EDITOR", password }, via: "test" });
    // Five failures from two addresses: not a spread attack; a third address gets in at once.
    for (const ip of ["10.11.0.1", "10.11.0.1", "10.11.0.1", "10.11.0.2", "10.11.0.2"]) await signIn("two@atlas.test", "wrong", ip, now);
    expect(await message(signIn("two@atlas.test", password, "10.11.0.3", now))).toBe("signed in");
    // Five failures from three addresses: the account waits a second, from anywhere.
    for (const ip of ["10.12.0.1", "10.12.0.1", "10.12.0.2", "10.12.0.2", "10.12.0.3"]) await signIn("three@atlas.test", "wrong", ip, now);
    expect(await message(signIn("three@atlas.test", password, "10.12.0.4", now))).toBe("Too many failed sign-ins. Try again in 1 second.");
  });

  it("lists the accounts under attack most recent first, and never an address as an account", async () => {
    const now = new Date("2026-06-08T10:00:00Z");
    // Six failures from one address (on six accounts): the address is slowed, but it is no account.
    for (let i = 0; i < 6; i++) await signIn(`random${i}@atlas.test`, "wrong", "10.13.0.1", now);
    for (const [email, at] of [
      ["first@atlas.test", 0],
      ["second@atlas.test", 60_000],
    ] as const)
      for (let i = 0; i < 5; i++) await signIn(email, "wrong", `10.14.${i}.1`, new Date(now.getTime() + at + i * 1000));
    const at = new Date(now.getTime() + 64_000);
    const alerts = await accountsUnderAttack(t.db, at);
    expect(alerts.map((x) => x.email)).toEqual(["second@atlas.test", "first@atlas.test"]);
    // Slowed for a second after its fifth failure; exactly then, no longer.
    const until = alerts[0]!.slowedUntil!;
    expect(until.getTime()).toBe(at.getTime() + 1000);
    expect((await accountsUnderAttack(t.db, until)).find((x) => x.email === "second@atlas.test")!.slowedUntil).toBeNull();
  });

  it("refuses an account whose stored password cannot be read, without failing", async () => {
    await bootstrapUser({ db: t.db, input: { email: "imported@atlas.test", name: "Imported", role: "EDITOR", password }, via: "test" });
    await t.db.user.update({ where: { email: "imported@atlas.test" }, data: { passwordHash: "md5$not-argon2" } });
    expect(await signIn("imported@atlas.test", password, "10.15.0.1", new Date())).toBeNull();
  });

  it("refuses sessions whose claims are not what sign-in gave", async () => {
    const s = (await signIn("editor@atlas.test", password, "10.9.0.1", new Date()))!;
    expect(await resolveSession({ db: t.db, claims: { userId: s.id, sessionVersion: s.sessionVersion } })).toEqual(a.editor);
    expect(await resolveSession({ db: t.db, claims: { userId: s.id, sessionVersion: String(s.sessionVersion) } })).toBeNull();
    expect(await resolveSession({ db: t.db, claims: { userId: 42, sessionVersion: s.sessionVersion } })).toBeNull();
    expect(await resolveSession({ db: t.db, claims: { sessionVersion: s.sessionVersion } })).toBeNull();
    expect(await resolveSession({ db: t.db, claims: { userId: s.id, sessionVersion: s.sessionVersion + 1 } })).toBeNull();
    expect(await resolveSession({ db: t.db, claims: { userId: "3f2b6a1e-9c4d-4e8f-a1b2-c3d4e5f60718", sessionVersion: 1 } })).toBeNull();
  });
});
