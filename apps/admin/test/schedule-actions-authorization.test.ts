import { beforeAll, describe, expect, it, vi } from "vitest";

import { bootstrapUser, resolveSession, setUserActive, updateUser } from "@atlas/core/users";
import type { Db } from "@atlas/db";
import { freshDatabase } from "@atlas/db/testing";

import type * as ChangeSetActions from "@/actions/change-sets";
import type * as UserActions from "@/actions/users";
import { stateOf, type ActionResult } from "@/lib/action-state";

// The actions that decide what becomes of a schedule whose planner lost (or may lose) their
// powers, called by every kind of caller against a real database; only Next's and next-auth's
// plumbing is replaced, as in actions-authorization.test.ts.
const session = vi.hoisted(() => ({ claims: null as null | { userId: string; sessionVersion: number } }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
const database = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/session", () => ({ db: () => database.db! }));
vi.mock("@atlas/auth", () => ({
  getSession: async () => (session.claims ? resolveSession({ db: database.db!, claims: session.claims }) : null),
}));

type Persona = "anonymous" | "editor" | "another editor" | "admin" | "demoted admin" | "deactivated";
const PERSONAS: Persona[] = ["anonymous", "editor", "another editor", "admin", "demoted admin", "deactivated"];

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

const t = freshDatabase("seeded");

describe("taking over, cancelling and settling schedules × who calls it", () => {
  const claims = {} as Record<Exclude<Persona, "anonymous">, { userId: string; sessionVersion: number }>;
  let admin: { id: string; email: string; name: string; role: "ADMIN" };
  let changeSets: typeof ChangeSetActions;
  let users: typeof UserActions;
  let n = 0;

  const account = async (key: string, role: "EDITOR" | "ADMIN") => {
    const u = await bootstrapUser({ db: t.db, input: { email: `${key}@atlas.test`, name: key, role, password: "correct horse battery" }, via: "test" });
    return { id: u.id, sessionVersion: (await t.db.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion };
  };
  const claimsOf = async (id: string) => ({ userId: id, sessionVersion: (await t.db.user.findUniqueOrThrow({ where: { id } })).sessionVersion });

  beforeAll(async () => {
    database.db = t.db;
    for (const [persona, role] of [
      ["editor", "EDITOR"],
      ["another editor", "EDITOR"],
      ["admin", "ADMIN"],
      ["demoted admin", "ADMIN"],
      ["deactivated", "ADMIN"],
    ] as const) {
      const u = await account(persona.replace(" ", "-"), role);
      claims[persona] = { userId: u.id, sessionVersion: u.sessionVersion };
    }
    admin = { id: claims.admin.userId, email: "admin@atlas.test", name: "admin", role: "ADMIN" };
    // Made an editor by another admin, then signed in again: an editor's session now.
    await updateUser({ db: t.db, actor: admin, input: { userId: claims["demoted admin"].userId, role: "EDITOR" } });
    claims["demoted admin"] = await claimsOf(claims["demoted admin"].userId);
    // A session taken while active, then the account was deactivated.
    await setUserActive({ db: t.db, actor: admin, input: { userId: claims.deactivated.userId, active: false } });
    changeSets = await import("@/actions/change-sets");
    users = await import("@/actions/users");
  });

  /** An admin who planned a takedown (pending or held for review), for one case. */
  const plannerWith = async (status: "PENDING" | "NEEDS_REVIEW") => {
    const planner = await account(`planner${++n}`, "ADMIN");
    const schedule = await t.db.schedule.create({
      data: { action: "UNPUBLISH", entryId: "event_1944-henry-wallace-tour", runAt: new Date(Date.now() + 86_400_000), createdById: planner.id, status },
    });
    return { plannerId: planner.id, scheduleId: schedule.id };
  };
  const scheduleOf = (id: string) => t.db.schedule.findUniqueOrThrow({ where: { id } });
  const userOf = (id: string) => t.db.user.findUniqueOrThrow({ where: { id } });

  type Case = {
    name: string;
    prepare: () => Promise<{ plannerId: string; scheduleId: string }>;
    call: (a: { plannerId: string; scheduleId: string }) => Promise<unknown>;
    done: (a: { plannerId: string; scheduleId: string }) => Promise<void>;
  };
  const CASES: Case[] = [
    {
      name: "take over a schedule held for review",
      prepare: () => plannerWith("NEEDS_REVIEW"),
      call: (a) => changeSets.takeOverScheduleAction({}, form({ scheduleId: a.scheduleId })),
      done: async (a) => expect(await scheduleOf(a.scheduleId)).toMatchObject({ status: "PENDING", createdById: admin.id }),
    },
    {
      name: "cancel a schedule held for review",
      prepare: () => plannerWith("NEEDS_REVIEW"),
      call: (a) => changeSets.cancelScheduleAction({}, form({ scheduleId: a.scheduleId })),
      done: async (a) => expect((await scheduleOf(a.scheduleId)).status).toBe("CANCELLED"),
    },
    {
      name: "make an admin with a pending schedule an editor, taking it over",
      prepare: () => plannerWith("PENDING"),
      call: (a) => users.changeRoleAction({}, form({ userId: a.plannerId, role: "EDITOR", schedules: "TAKE_OVER" })),
      done: async (a) => {
        expect((await userOf(a.plannerId)).role).toBe("EDITOR");
        expect(await scheduleOf(a.scheduleId)).toMatchObject({ status: "PENDING", createdById: admin.id });
      },
    },
    {
      name: "deactivate an admin with a pending schedule, cancelling it",
      prepare: () => plannerWith("PENDING"),
      call: (a) => users.setActiveAction({}, form({ userId: a.plannerId, active: "false", schedules: "CANCEL" })),
      done: async (a) => {
        expect((await userOf(a.plannerId)).active).toBe(false);
        expect((await scheduleOf(a.scheduleId)).status).toBe("CANCELLED");
      },
    },
  ];

  const snapshot = async () => ({
    users: await t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, active: true, sessionVersion: true } }),
    schedules: await t.db.schedule.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, createdById: true } }),
    revisions: await t.db.revision.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, reviewerId: true } }),
    audits: await t.db.auditLog.count(),
    notifications: await t.db.notification.count(),
    backgroundJobs: await t.db.$queryRaw`SELECT id, state::text FROM pgboss.job ORDER BY id`,
  });

  for (const c of CASES) {
    for (const p of PERSONAS) {
      const allowed = p === "admin";
      it(`${c.name} — ${p}: ${allowed ? "allowed" : "refused, and nothing changes"}`, async () => {
        const args = await c.prepare();
        const before = await snapshot();
        session.claims = p === "anonymous" ? null : claims[p];
        const state = stateOf((await c.call(args)) as ActionResult);
        if (allowed) {
          expect(state).toMatchObject({ ok: true });
          await c.done(args);
        } else {
          expect(state).toMatchObject({ ok: false, message: expect.stringMatching(p === "anonymous" || p === "deactivated" ? /Please sign in/ : /Only admins/) });
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }

  it("asks the admin what becomes of the schedules when they demote a planner without saying, and changes nothing", async () => {
    const a = await plannerWith("PENDING");
    const before = await snapshot();
    session.claims = claims.admin;
    const state = stateOf(await users.changeRoleAction({}, form({ userId: a.plannerId, role: "EDITOR" })));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/^Choose what becomes of planner\d+'s scheduled changes\.$/) });
    expect(state.fieldErrors?.schedules?.[0]).toMatch(
      /^planner\d+ planned a change that would run with their powers: take down “.*Wallace.*” at .* UTC\. Take it over or cancel it\.$/,
    );
    expect(await snapshot()).toEqual(before);
  });
});
