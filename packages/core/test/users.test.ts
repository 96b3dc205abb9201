import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/vitest/database";

import { RateLimitedError, StateError, type ValidationError } from "../src/errors.ts";
import { authenticate, resolveSession, THROTTLE } from "../src/users/authenticate.ts";
import { createUser } from "../src/users/create-user.ts";
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

  it("throttles an account after repeated failures, even for the right password, then lets it in again later", async () => {
    const now = new Date();
    for (let i = 0; i < THROTTLE.perAccount; i++) await authenticate({ db: t.db, input: { email: "editor2@atlas.test", password: "nope" }, ip: `10.1.0.${i}`, now });
    await expect(authenticate({ db: t.db, input: { email: "editor2@atlas.test", password }, ip: "10.1.0.99", now })).rejects.toBeInstanceOf(RateLimitedError);
    const later = new Date(now.getTime() + THROTTLE.lockMs + 1000);
    expect(await authenticate({ db: t.db, input: { email: "editor2@atlas.test", password }, ip: "10.1.0.99", now: later })).not.toBeNull();
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
