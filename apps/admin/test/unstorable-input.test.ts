import { beforeAll, describe, expect, it, vi } from "vitest";

import { bootstrapUser, resolveSession } from "@atlas/core/users";
import type { Db } from "@atlas/db";
import { freshDatabase } from "@atlas/db/testing";

import type * as AuthActions from "@/actions/auth";
import type * as ChangeSetActions from "@/actions/change-sets";
import type * as EntryActions from "@/actions/entries";
import type * as InboxActions from "@/actions/inbox";
import type * as PasteActions from "@/actions/paste";
import type * as ReviewActions from "@/actions/review";
import type * as UserActions from "@/actions/users";
import { stateOf, type ActionResult } from "@/lib/action-state";

// The real server actions against a real database (as in actions-authorization.test.ts): a NUL
// byte in what a form sends is an error on that field, and nothing is written.
const session = vi.hoisted(() => ({ claims: null as null | { userId: string; sessionVersion: number } }));
const database = vi.hoisted(() => ({ db: null as Db | null }));
const signIn = vi.hoisted(() => ({ calls: 0 }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/session", () => ({ db: () => database.db! }));
vi.mock("@atlas/auth", () => ({
  getSession: async () => (session.claims ? resolveSession({ db: database.db!, claims: session.claims }) : null),
  signInWithPassword: () => {
    signIn.calls++;
    return Promise.resolve("Email or password is incorrect.");
  },
}));

const NUL = "\u0000";
const CONTROL = "Contains control characters.";
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

const t = freshDatabase("seeded");

describe("a NUL byte in an admin form: an error on its field, nothing changed", () => {
  let actions: {
    auth: typeof AuthActions;
    entries: typeof EntryActions;
    users: typeof UserActions;
    paste: typeof PasteActions;
    changeSets: typeof ChangeSetActions;
    inbox: typeof InboxActions;
    review: typeof ReviewActions;
  };
  let editorId = "";
  beforeAll(async () => {
    database.db = t.db;
    const admin = await bootstrapUser({ db: t.db, input: { email: "nul-admin@atlas.test", name: "Admin", role: "ADMIN", password: "correct horse battery" }, via: "test" });
    editorId = (await bootstrapUser({ db: t.db, input: { email: "nul-editor@atlas.test", name: "Editor", role: "EDITOR", password: "correct horse battery" }, via: "test" })).id;
    session.claims = { userId: admin.id, sessionVersion: (await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).sessionVersion };
    actions = {
      auth: await import("@/actions/auth"),
      entries: await import("@/actions/entries"),
      users: await import("@/actions/users"),
      paste: await import("@/actions/paste"),
      changeSets: await import("@/actions/change-sets"),
      inbox: await import("@/actions/inbox"),
      review: await import("@/actions/review"),
    };
  });

  const everything = async () => ({
    users: await t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, email: true, role: true } }),
    revisions: await t.db.revision.count(),
    entries: await t.db.entry.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, label: true } }),
    changeSets: await t.db.changeSet.count(),
    watches: await t.db.watch.count(),
    audits: await t.db.auditLog.count(),
  });
  /** The errors a form shows for its fields, after checking that nothing changed. */
  async function fieldErrorsOf(call: () => Promise<unknown>) {
    const before = await everything();
    const result = (await call()) as ActionResult;
    expect(await everything()).toEqual(before);
    const state = stateOf(result);
    expect(state.ok).toBe(false);
    return state.fieldErrors;
  }

  it("in the name or email of a new user, or the user whose role changes", async () => {
    const user = { email: "someone@atlas.test", name: "Someone", role: "EDITOR", password: "long enough password" };
    expect(await fieldErrorsOf(() => actions.users.createUserAction({}, form({ ...user, name: `Some${NUL}one` })))).toEqual({ name: [CONTROL] });
    expect(await fieldErrorsOf(() => actions.users.createUserAction({}, form({ ...user, email: `some${NUL}one@atlas.test` })))).toEqual({ email: [CONTROL] });
    expect(await fieldErrorsOf(() => actions.users.changeRoleAction({}, form({ userId: `${editorId}${NUL}`, role: "ADMIN" })))).toEqual({ userId: ["Unknown user."] });
    expect(await fieldErrorsOf(() => actions.users.changeRoleAction({}, form({ userId: editorId, name: `Ed${NUL}` })))).toEqual({ name: [CONTROL] });
  });

  it("in the email on the sign-in form: said at the field, and no sign-in is tried", async () => {
    expect(await fieldErrorsOf(() => actions.auth.signInAction({}, form({ email: `admin${NUL}@atlas.test`, password: "whatever", callbackUrl: "/" })))).toEqual({
      email: [CONTROL],
    });
    expect(signIn.calls).toBe(0);
  });

  it("in a draft's text or the ids a form carries", async () => {
    const save = (fields: Record<string, string>) =>
      fieldErrorsOf(() => actions.entries.saveDraftAction({}, form({ kind: "EVENT", payload: "{}", intent: "save", baseDraftVersion: "0", ...fields })));
    expect(await save({ payload: JSON.stringify({ title: `Visit${NUL}` }) })).toEqual({ title: [CONTROL] });
    expect(await save({ payload: JSON.stringify({ countryIds: [`country_qatar${NUL}`] }) })).toEqual({ "countryIds.0": [CONTROL] });
    expect(await save({ entryId: `country_qatar${NUL}` })).toEqual({ entryId: ["Not a valid entry id."] });
    expect(await save({ revisionId: NUL })).toEqual({ revisionId: ["Not a valid revision."] });
    expect(await fieldErrorsOf(() => actions.entries.revisionAction({}, form({ revisionId: NUL, intent: "submit" })))).toEqual({ revisionId: ["Not a valid revision."] });
    expect(await fieldErrorsOf(() => actions.entries.removalAction({}, form({ entryId: `country_qatar${NUL}`, action: "DELETE" })))).toEqual({
      entryId: ["Not a valid entry id."],
    });
    expect(await fieldErrorsOf(() => actions.inbox.watchAction({}, form({ entryId: `country_qatar${NUL}`, watch: "true" })))).toEqual({ entryId: ["Not a valid entry id."] });
    expect(await fieldErrorsOf(() => actions.review.approveAction({}, form({ revisionId: NUL })))).toEqual({ revisionId: ["Not a valid revision."] });
    expect(await fieldErrorsOf(() => actions.changeSets.submitChangeSetAction({}, form({ changeSetId: NUL })))).toEqual({ changeSetId: ["Not a valid change set."] });
    expect(await fieldErrorsOf(() => actions.entries.createLinkedDraftAction({ kind: "COUNTRY", name: `In${NUL}dia` }))).toEqual({ name: [CONTROL] });
  });

  it("in a pasted sentence or its source's title", async () => {
    const sentence = "In 2015, Narendra Modi visited Mongolia.";
    expect(await fieldErrorsOf(() => actions.paste.pasteAction({}, form({ text: `${sentence}${NUL}` })))).toEqual({ text: [CONTROL] });
    expect(await fieldErrorsOf(() => actions.paste.pasteAction({}, form({ text: sentence, sourceTitle: `Visit${NUL}` })))).toEqual({ sourceTitle: [CONTROL] });
  });
});
