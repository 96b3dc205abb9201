import { beforeAll, describe, expect, it, vi } from "vitest";

import { saveDraft, submitRevision } from "@atlas/core";
import { enqueueJobs } from "@atlas/core/jobs";
import { bootstrapUser, resolveSession, setUserActive, updateUser } from "@atlas/core/users";
import type { Db } from "@atlas/db";
import { freshDatabase } from "@atlas/db/testing";

import type * as ChangeSetActions from "@/actions/change-sets";
import type * as EntryActions from "@/actions/entries";
import type * as InboxActions from "@/actions/inbox";
import type * as PasteActions from "@/actions/paste";
import type * as ReportActions from "@/actions/reports";
import type * as RevalidationActions from "@/actions/revalidation";
import type * as ReviewActions from "@/actions/review";
import type * as UserActions from "@/actions/users";
import { stateOf, type ActionResult } from "@/lib/action-state";

// The real server actions, against a real database. Only Next's and next-auth's plumbing is
// replaced: the session comes from real claims checked by core (so a deactivated user's session
// really ends), and redirect() throws like Next's does.
class Redirect extends Error {
  // The mark Next puts on its redirect errors, by which next-safe-action lets them through.
  readonly digest: string;
  constructor(readonly url: string) {
    super(`redirect ${url}`);
    this.digest = `NEXT_REDIRECT;replace;${url};307;`;
  }
}
const session = vi.hoisted(() => ({ claims: null as null | { userId: string; sessionVersion: number } }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// The app's database client, pointed at this file's database.
const database = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/session", () => ({ db: () => database.db! }));
vi.mock("@atlas/auth", () => ({
  getSession: async () => (session.claims ? resolveSession({ db: database.db!, claims: session.claims }) : null),
}));

// "editor" owns the drafts the owner-only cases act on; "another" is a second editor; "demoted" took
// their session as an admin and was made an editor meanwhile; "deactivated" was switched off.
type Persona = "anonymous" | "editor" | "another" | "admin" | "demoted" | "deactivated";
const PERSONAS: Persona[] = ["anonymous", "editor", "another", "admin", "demoted", "deactivated"];
type Writer = "editor" | "another" | "admin";
const writes = (p: Persona): p is Writer => p === "editor" || p === "another" || p === "admin";
type Outcome = { state?: { ok: boolean; message?: string; data?: unknown }; redirect?: string; value?: unknown };

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

// One database for the file: the actions reach it through the process-wide client.
const t = freshDatabase("seeded");

describe("every admin server action × who calls it", () => {
  const users = {} as Record<Exclude<Persona, "anonymous">, { id: string; sessionVersion: number }> & { other: { id: string } };
  let actions: {
    entries: typeof EntryActions;
    review: typeof ReviewActions;
    users: typeof UserActions;
    paste: typeof PasteActions;
    revalidation: typeof RevalidationActions;
    changeSets: typeof ChangeSetActions;
    inbox: typeof InboxActions;
    reports: typeof ReportActions;
  };

  beforeAll(async () => {
    database.db = t.db;
    for (const [key, role] of [
      ["deactivated", "EDITOR"],
      ["editor", "EDITOR"],
      ["another", "EDITOR"],
      ["admin", "ADMIN"],
      ["demoted", "ADMIN"],
      ["other", "EDITOR"],
    ] as const) {
      const u = await bootstrapUser({ db: t.db, input: { email: `${key}@atlas.test`, name: key, role, password: "correct horse battery" }, via: "test" });
      const row = await t.db.user.findUniqueOrThrow({ where: { id: u.id } });
      (users as Record<string, { id: string; sessionVersion: number }>)[key] = { id: u.id, sessionVersion: row.sessionVersion };
    }
    // A session taken while active, then the user was deactivated.
    await setUserActive({
      db: t.db,
      actor: { id: users.admin.id, email: "admin@atlas.test", name: "admin", role: "ADMIN" },
      input: { userId: users.deactivated.id, active: false },
    });
    // A session taken as an admin, then another admin made them an editor.
    await updateUser({ db: t.db, actor: { id: users.admin.id, email: "admin@atlas.test", name: "admin", role: "ADMIN" }, input: { userId: users.demoted.id, role: "EDITOR" } });
    actions = {
      entries: await import("@/actions/entries"),
      review: await import("@/actions/review"),
      users: await import("@/actions/users"),
      paste: await import("@/actions/paste"),
      revalidation: await import("@/actions/revalidation"),
      changeSets: await import("@/actions/change-sets"),
      inbox: await import("@/actions/inbox"),
      reports: await import("@/actions/reports"),
    };
  });

  const as = (p: Persona) => (session.claims = p === "anonymous" ? null : { userId: users[p].id, sessionVersion: users[p].sessionVersion });
  const actorOf = (p: Writer) => ({ id: users[p].id, email: `${p}@atlas.test`, name: p, role: p === "admin" ? ("ADMIN" as const) : ("EDITOR" as const) });
  const other = () => ({ id: users.other.id, email: "other@atlas.test", name: "other", role: "EDITOR" as const });
  const event = (title: string) => ({
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title,
    description: "Matrix test.",
    type: "AGREEMENT",
    start: "2024",
    countryIds: ["country_qatar"],
    citations: [{ sourceId: "source_seed-text" }],
  });
  let n = 0;
  /** A revision someone else wrote and submitted, for reviewers to act on. */
  const submittedByOther = async () => {
    const r = await saveDraft({ db: t.db, actor: other(), input: { kind: "EVENT", payload: event(`Submitted ${++n}`) } });
    await submitRevision({ db: t.db, actor: other(), input: r });
    return r.revisionId;
  };
  /** A correction a reader sent from Qatar's page. */
  const readersReport = async () =>
    (await t.db.report.create({ data: { entryId: "rel_qatar", pagePath: "/countries/qatar", message: `The memorandum was signed in Doha (${++n}).` } })).id;
  const changeSetOf = async (revisionId: string) => (await t.db.revision.findUniqueOrThrow({ where: { id: revisionId } })).changeSetId;
  /** A draft of the caller's own (or of someone else for those who cannot write). */
  const draftOf = async (p: Persona) =>
    (await saveDraft({ db: t.db, actor: writes(p) ? actorOf(p) : other(), input: { kind: "EVENT", payload: event(`Draft ${++n}`) } })).revisionId;
  /** A draft of "editor"'s, whoever calls: someone else's to everyone but them. */
  const editorsDraft = () => saveDraft({ db: t.db, actor: actorOf("editor"), input: { kind: "EVENT", payload: event(`Editor's ${++n}`) } });
  /** "editor"'s new country, never published: theirs alone. */
  const editorsNewCountry = () =>
    saveDraft({ db: t.db, actor: actorOf("editor"), input: { kind: "COUNTRY", payload: { name: `Freedonia ${++n}`, slug: `freedonia-${n}`, region: "Europe" } } });

  // Each case: prepare its fixtures (as their authors), then the call itself as the persona, and
  // for those allowed, what the call must have done (an allowed call that fails is a bug too).
  type Case = {
    name: string;
    allowed: Persona[];
    /** What each refused writer is told, where it is not the role's refusal ("Only admins…"). */
    refused?: Partial<Record<Writer, RegExp>>;
    prepare?: (p: Persona) => Promise<Record<string, string>>;
    call: (args: Record<string, string>) => Promise<unknown>;
    done: (outcome: Outcome, args: Record<string, string>) => Promise<void>;
  };
  const revisionOf = (outcome: Outcome) => /\/revisions\/([0-9a-f-]{36})/.exec(outcome.redirect ?? "")?.[1] ?? "(no redirect to a revision)";
  const statusOf = async (revisionId: string) => (await t.db.revision.findUnique({ where: { id: revisionId } }))?.status;
  const CASES: Case[] = [
    {
      name: "save a draft",
      allowed: ["editor", "another", "admin"],
      call: () => actions.entries.saveDraftAction({}, form({ kind: "EVENT", baseDraftVersion: "0", payload: JSON.stringify(event(`New ${++n}`)), intent: "save" })),
      done: async (o) => expect(await statusOf(revisionOf(o))).toBe("DRAFT"),
    },
    {
      name: "submit one's draft",
      allowed: ["editor", "another", "admin"],
      prepare: async (p) => ({ revisionId: await draftOf(p) }),
      call: (a) => actions.entries.revisionAction({}, form({ ...a, intent: "submit" })),
      done: async (o, a) => {
        expect(o.redirect).toBe(`/revisions/${a.revisionId}?done=submit`);
        expect(await statusOf(a.revisionId!)).toBe("SUBMITTED");
      },
    },
    {
      name: "discard one's draft",
      allowed: ["editor", "another", "admin"],
      prepare: async (p) => ({ revisionId: await draftOf(p) }),
      call: (a) => actions.entries.revisionAction({}, form({ ...a, intent: "discard" })),
      done: async (_o, a) => expect(await statusOf(a.revisionId!)).toBe("WITHDRAWN"),
    },
    {
      name: "propose unpublishing",
      allowed: ["editor", "another", "admin"],
      call: () => actions.entries.removalAction({}, form({ entryId: "event_1944-henry-wallace-tour", action: "UNPUBLISH" })),
      done: async (o) => expect(await t.db.revision.findUnique({ where: { id: revisionOf(o) } })).toMatchObject({ action: "UNPUBLISH", status: "SUBMITTED" }),
    },
    {
      name: "start a revert",
      allowed: ["editor", "another", "admin"],
      call: () => actions.entries.revertAction({}, form({ entryId: "event_1973-canada-diplomatic-ties", toVersion: "1" })),
      done: async (o) => expect(await t.db.revision.findUnique({ where: { id: revisionOf(o) } })).toMatchObject({ status: "DRAFT", message: "Back to version 1" }),
    },
    {
      name: "search a picker",
      allowed: ["editor", "another", "admin"],
      call: () => actions.entries.pickerOptionsAction({ kind: "COUNTRY", q: "Qat" }),
      done: async (o) => expect(o.state?.data).toEqual([expect.objectContaining({ id: "country_qatar", label: "Qatar" })]),
    },
    {
      name: "make a change set from a pasted sentence",
      allowed: ["editor", "another", "admin"],
      call: () => actions.paste.pasteAction({}, form({ text: "In 2020, Mongolia signed a memorandum with Qatar.", sourceTitle: "Matrix source" })),
      done: async (o) => {
        const id = /\/change-sets\/([0-9a-f-]{36})\?done=built$/.exec(o.redirect ?? "")?.[1];
        expect((await t.db.revision.findMany({ where: { changeSetId: id } })).map((r) => r.kind).sort()).toEqual(["EVENT", "SOURCE"]);
      },
    },
    {
      name: "submit one's change set",
      allowed: ["editor", "another", "admin"],
      prepare: async (p) => ({ changeSetId: await changeSetOf(await draftOf(p)) }),
      call: (a) => actions.changeSets.submitChangeSetAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toBe(`/change-sets/${a.changeSetId}?done=submitted`);
        expect((await t.db.revision.findFirstOrThrow({ where: { changeSetId: a.changeSetId } })).status).toBe("SUBMITTED");
      },
    },
    {
      name: "autosave into the editor's never-published entry by its id",
      allowed: ["editor"],
      refused: { another: /That entry does not exist/, admin: /still someone else's draft/ },
      prepare: async () => {
        const c = await editorsNewCountry();
        return { entryId: c.entryId, revisionId: c.revisionId, name: `Hijacked ${n}` };
      },
      call: (a) =>
        actions.entries.autosaveDraftAction(
          form({ kind: "COUNTRY", entryId: a.entryId!, baseDraftVersion: "1", payload: JSON.stringify({ name: a.name, slug: "hijacked", region: "Asia" }) }),
        ),
      done: async (_o, a) => expect((await t.db.entry.findUniqueOrThrow({ where: { id: a.entryId } })).label).toBe(a.name),
    },
    {
      name: "save a draft of a published entry",
      allowed: ["editor", "another", "admin"],
      call: () =>
        actions.entries.saveDraftAction(
          {},
          form({ kind: "COUNTRY", entryId: "country_qatar", baseDraftVersion: "0", payload: JSON.stringify({ name: "Qatar", slug: "qatar", region: "Asia" }), intent: "save" }),
        ),
      done: async (o) => expect(await t.db.revision.findUnique({ where: { id: revisionOf(o) } })).toMatchObject({ entryId: "country_qatar", status: "DRAFT" }),
    },
    {
      name: "submit the editor's draft",
      allowed: ["editor"],
      refused: { another: /That revision does not exist/, admin: /Only its author/ },
      prepare: async () => ({ revisionId: (await editorsDraft()).revisionId }),
      call: (a) => actions.entries.revisionAction({}, form({ ...a, intent: "submit" })),
      done: async (_o, a) => expect(await statusOf(a.revisionId!)).toBe("SUBMITTED"),
    },
    {
      name: "discard the editor's draft",
      allowed: ["editor"],
      refused: { another: /That revision does not exist/, admin: /Only its author/ },
      prepare: async () => ({ revisionId: (await editorsDraft()).revisionId }),
      call: (a) => actions.entries.revisionAction({}, form({ ...a, intent: "discard" })),
      done: async (_o, a) => expect(await statusOf(a.revisionId!)).toBe("WITHDRAWN"),
    },
    {
      name: "withdraw the editor's submitted draft",
      allowed: ["editor"],
      refused: { another: /That revision does not exist/, admin: /Only its author/ },
      prepare: async () => {
        const d = await editorsDraft();
        await submitRevision({ db: t.db, actor: actorOf("editor"), input: d });
        return { revisionId: d.revisionId };
      },
      call: (a) => actions.entries.revisionAction({}, form({ ...a, intent: "withdraw" })),
      done: async (_o, a) => expect(await statusOf(a.revisionId!)).toBe("DRAFT"),
    },
    {
      name: "submit the editor's change set",
      allowed: ["editor"],
      refused: { another: /That revision does not exist/, admin: /Only its author/ },
      prepare: async () => ({ changeSetId: (await editorsDraft()).changeSetId }),
      call: (a) => actions.changeSets.submitChangeSetAction({}, form(a)),
      done: async (_o, a) => expect((await t.db.revision.findFirstOrThrow({ where: { changeSetId: a.changeSetId } })).status).toBe("SUBMITTED"),
    },
    {
      name: "create a linked draft in the editor's change set",
      allowed: ["editor"],
      refused: { another: /That change set does not exist/, admin: /That change set does not exist/ },
      prepare: async () => ({ changeSetId: (await editorsDraft()).changeSetId }),
      call: (a) => actions.entries.createLinkedDraftAction({ kind: "COUNTRY", name: `Ruritania ${++n}`, changeSetId: a.changeSetId }),
      done: async (_o, a) => expect(await t.db.revision.count({ where: { changeSetId: a.changeSetId, kind: "COUNTRY" } })).toBe(1),
    },
    {
      name: "move the editor's draft into a change set of its own",
      allowed: ["editor"],
      refused: { another: /That revision does not exist/, admin: /Only its author/ },
      prepare: async () => ({ revisionId: (await editorsDraft()).revisionId }),
      call: (a) => actions.changeSets.moveToChangeSetAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toMatch(/^\/change-sets\/[0-9a-f-]{36}\?done=moved$/);
        expect(await t.db.auditLog.count({ where: { action: "changeset.move", targetId: a.revisionId } })).toBe(1);
      },
    },
    {
      name: "move one's draft into another of one's change sets",
      allowed: ["editor", "another", "admin"],
      prepare: async (p) => {
        const revisionId = await draftOf(p);
        return { revisionId, changeSetId: await changeSetOf(await draftOf(p)) };
      },
      call: (a) => actions.changeSets.moveToChangeSetAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toBe(`/change-sets/${a.changeSetId}?done=moved`);
        expect(await changeSetOf(a.revisionId!)).toBe(a.changeSetId);
      },
    },
    {
      name: "merge the editor's change set into another of theirs",
      allowed: ["editor"],
      refused: { another: /That change set does not exist/, admin: /That change set does not exist/ },
      prepare: async () => ({ changeSetId: (await editorsDraft()).changeSetId, intoChangeSetId: (await editorsDraft()).changeSetId }),
      call: (a) => actions.changeSets.mergeChangeSetsAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toBe(`/change-sets/${a.intoChangeSetId}?done=merged`);
        expect(await t.db.revision.count({ where: { changeSetId: a.intoChangeSetId } })).toBe(2);
      },
    },
    {
      name: "merge one's own change sets",
      allowed: ["editor", "another", "admin"],
      prepare: async (p) => ({ changeSetId: await changeSetOf(await draftOf(p)), intoChangeSetId: await changeSetOf(await draftOf(p)) }),
      call: (a) => actions.changeSets.mergeChangeSetsAction({}, form(a)),
      done: async (o, a) => expect(await t.db.changeSet.findUnique({ where: { id: a.changeSetId } })).toBeNull(),
    },
    {
      name: "look for entries like the one being created",
      allowed: ["editor", "another", "admin"],
      call: () => actions.entries.findSimilarAction({ kind: "COUNTRY", values: ["QA"] }),
      done: async (o) => expect(o.state?.data).toEqual([expect.objectContaining({ entryId: "country_qatar", field: "iso2" })]),
    },
    {
      name: "count one's unread notifications",
      allowed: ["editor", "another", "admin"],
      call: () => actions.inbox.unreadCountAction(),
      done: async (o) => expect(o.state).toMatchObject({ ok: true, data: expect.any(Number) }),
    },
    {
      name: "approve a change set with the one it waits for",
      allowed: ["admin"],
      prepare: async () => {
        const source = await saveDraft({
          db: t.db,
          actor: other(),
          input: {
            kind: "SOURCE",
            payload: { slug: `waited-${++n}`, title: `Waited source ${n}`, kind: "WEB", excerpts: [{ id: `excerpt_waited-${n}`, text: "A passage.", position: 1 }] },
          },
        });
        const using = await saveDraft({
          db: t.db,
          actor: other(),
          input: { kind: "EVENT", payload: { ...event(`Waiting ${n}`), citations: [{ sourceId: source.entryId, excerptId: `excerpt_waited-${n}` }] } },
        });
        for (const r of [using, source]) await submitRevision({ db: t.db, actor: other(), input: r });
        return { changeSetId: using.changeSetId, together: source.changeSetId };
      },
      call: (a) => actions.changeSets.approveChangeSetAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toMatch(/^\/review\?published=(1|pending)$/);
        for (const id of [a.changeSetId, a.together]) expect((await t.db.revision.findFirstOrThrow({ where: { changeSetId: id } })).status).toBe("PUBLISHED");
      },
    },
    {
      name: "watch the editor's never-published entry",
      allowed: ["editor", "admin"],
      refused: { another: /That entry does not exist/ },
      prepare: async () => ({ entryId: (await editorsNewCountry()).entryId }),
      call: (a) => actions.inbox.watchAction({}, form({ entryId: a.entryId!, watch: "true" })),
      done: async (o) => expect(o.state).toMatchObject({ ok: true }),
    },
    {
      name: "say one has the editor's never-published entry open",
      allowed: ["editor", "admin"],
      refused: { another: /That entry does not exist/ },
      prepare: async () => ({ entryId: (await editorsNewCountry()).entryId }),
      call: (a) => actions.entries.presenceAction({ entryId: a.entryId!, tabId: `tab-${++n}-abcdef` }),
      done: async (o) => expect(o.state).toMatchObject({ ok: true, data: [] }),
    },
    {
      name: "approve a change set",
      allowed: ["admin"],
      prepare: async () => ({ changeSetId: await changeSetOf(await submittedByOther()) }),
      call: (a) => actions.changeSets.approveChangeSetAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toMatch(/^\/review\?published=(1|pending)$/);
        expect((await t.db.revision.findFirstOrThrow({ where: { changeSetId: a.changeSetId } })).status).toBe("PUBLISHED");
      },
    },
    {
      name: "send a change set back with comments",
      allowed: ["admin"],
      prepare: async () => {
        const revisionId = await submittedByOther();
        return { changeSetId: await changeSetOf(revisionId), [`comment:${revisionId}`]: "Cite the treaty text.", revisionId };
      },
      call: ({ revisionId: _r, ...a }) => actions.changeSets.returnChangeSetAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toBe("/review?returned=1");
        expect(await t.db.revision.findUnique({ where: { id: a.revisionId } })).toMatchObject({ status: "CHANGES_REQUESTED", reviewComment: "Cite the treaty text." });
      },
    },
    {
      name: "cancel a scheduled takedown",
      allowed: ["admin"],
      prepare: async () => ({
        scheduleId: (
          await t.db.schedule.create({
            data: { action: "UNPUBLISH", entryId: "event_1944-henry-wallace-tour", runAt: new Date(Date.now() + 86_400_000), createdById: users.admin.id },
          })
        ).id,
      }),
      call: (a) => actions.changeSets.cancelScheduleAction({}, form(a)),
      done: async (o, a) => {
        expect(o.state).toMatchObject({ ok: true });
        expect((await t.db.schedule.findUniqueOrThrow({ where: { id: a.scheduleId } })).status).toBe("CANCELLED");
      },
    },
    {
      name: "mark a notification read",
      allowed: ["editor", "another", "admin"],
      prepare: async (p) => {
        const userId = writes(p) ? users[p].id : users.other.id;
        return { notificationId: (await t.db.notification.create({ data: { userId, kind: "APPROVED", message: "Matrix" } })).id };
      },
      call: (a) => actions.inbox.markReadAction({}, form(a)),
      done: async (o, a) => {
        expect(o.state).toMatchObject({ ok: true });
        expect((await t.db.notification.findUniqueOrThrow({ where: { id: a.notificationId } })).readAt).not.toBeNull();
      },
    },
    {
      name: "start a change set from a reader's correction",
      allowed: ["editor", "another", "admin"],
      prepare: async () => ({ reportId: await readersReport() }),
      call: (a) => actions.reports.startChangeSetFromReportAction({}, form(a)),
      done: async (o, a) => {
        const report = await t.db.report.findUniqueOrThrow({ where: { id: a.reportId } });
        expect(report.status).toBe("IN_CHANGE_SET");
        expect(o.redirect).toMatch(/^\/revisions\/[0-9a-f-]{36}\/edit$/);
        expect((await t.db.revision.findUniqueOrThrow({ where: { id: revisionOf(o) } })).changeSetId).toBe(report.changeSetId);
      },
    },
    {
      name: "close a reader's correction with a reply",
      allowed: ["editor", "another", "admin"],
      prepare: async () => ({ reportId: await readersReport() }),
      call: (a) => actions.reports.closeReportAction({}, form({ ...a, reply: "Doha is right; corrected." })),
      done: async (o, a) => {
        expect(o.state).toMatchObject({ ok: true });
        expect(await t.db.report.findUniqueOrThrow({ where: { id: a.reportId } })).toMatchObject({ status: "CLOSED", reply: "Doha is right; corrected." });
      },
    },
    {
      name: "watch an entry",
      allowed: ["editor", "another", "admin"],
      call: () => actions.inbox.watchAction({}, form({ entryId: "country_qatar", watch: "true" })),
      done: async (o) => {
        expect(o.state).toMatchObject({ ok: true });
        expect(await t.db.watch.count({ where: { entryId: "country_qatar" } })).toBeGreaterThan(0);
      },
    },
    {
      name: "approve a revision",
      allowed: ["admin"],
      prepare: async () => ({ revisionId: await submittedByOther() }),
      call: (a) => actions.review.approveAction({}, form(a)),
      done: async (o, a) => {
        expect(o.redirect).toMatch(/^\/review\?published=/);
        expect(await statusOf(a.revisionId!)).toBe("PUBLISHED");
      },
    },
    {
      name: "reject a revision",
      allowed: ["admin"],
      prepare: async () => ({ revisionId: await submittedByOther() }),
      call: (a) => actions.review.rejectAction({}, form({ ...a, comment: "No.", decision: "reject" })),
      done: async (o, a) => {
        expect(o.redirect).toBe("/review?returned=1");
        expect(await t.db.revision.findUnique({ where: { id: a.revisionId } })).toMatchObject({ status: "REJECTED", reviewComment: "No." });
      },
    },
    {
      name: "create a user",
      allowed: ["admin"],
      prepare: async () => ({ email: `new${++n}@atlas.test` }),
      call: (a) => actions.users.createUserAction({}, form({ email: a.email!, name: "New", role: "ADMIN", password: "long enough password" })),
      done: async (o, a) => {
        expect(o.state).toMatchObject({ ok: true });
        expect(await t.db.user.findUnique({ where: { email: a.email } })).toMatchObject({ role: "ADMIN", active: true });
      },
    },
    {
      name: "change a role",
      allowed: ["admin"],
      call: () => actions.users.changeRoleAction({}, form({ userId: users.other.id, role: "ADMIN" })),
      done: async () => expect((await t.db.user.findUniqueOrThrow({ where: { id: users.other.id } })).role).toBe("ADMIN"),
    },
    {
      name: "deactivate a user",
      allowed: ["admin"],
      call: () => actions.users.setActiveAction({}, form({ userId: users.other.id, active: "false" })),
      done: async () => expect((await t.db.user.findUniqueOrThrow({ where: { id: users.other.id } })).active).toBe(false),
    },
    {
      name: "set a password",
      allowed: ["admin"],
      prepare: async () => ({ hash: (await t.db.user.findUniqueOrThrow({ where: { id: users.other.id } })).passwordHash }),
      call: () => actions.users.setPasswordAction({}, form({ userId: users.other.id, password: "another long password" })),
      done: async (_o, a) => expect((await t.db.user.findUniqueOrThrow({ where: { id: users.other.id } })).passwordHash).not.toBe(a.hash),
    },
    {
      name: "retry a failed page refresh",
      allowed: ["admin"],
      prepare: async () => ({ jobId: (await t.db.revalidationJob.create({ data: { tags: ["site"], reason: "matrix", status: "FAILED", attempts: 6 } })).id }),
      call: async (a) => {
        await actions.revalidation.retryJobAction({}, form(a));
        return (await t.db.revalidationJob.findUniqueOrThrow({ where: { id: a.jobId } })).status;
      },
      done: async (o) => expect(o.value).not.toBe("FAILED"),
    },
    {
      name: "run a failed background job again",
      allowed: ["admin"],
      prepare: async () => {
        await t.db.$transaction((tx) => enqueueJobs(tx, "search.refresh", [{ ids: ["country_qatar"] }]));
        const [job] = await t.db.$queryRaw<{ id: string }[]>`UPDATE pgboss.job SET state = 'failed', completed_on = now() WHERE state = 'created' RETURNING id::text`;
        return { name: "search.refresh", jobId: job!.id };
      },
      call: async (a) => {
        await actions.revalidation.retryBackgroundJobAction({}, form(a));
        return (await t.db.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE id = ${a.jobId}::uuid`)[0]?.state;
      },
      done: async (o) => expect(o.value).toBe("retry"),
    },
  ];

  /** Everything a refused call must leave untouched. */
  const snapshot = async () => ({
    entries: await t.db.entry.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, label: true } }),
    revisions: await t.db.revision.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, payload: true } }),
    users: await t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, active: true, sessionVersion: true, passwordHash: true } }),
    jobs: await t.db.revalidationJob.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, attempts: true } }),
    backgroundJobs: await t.db.$queryRaw`SELECT id, state::text FROM pgboss.job ORDER BY id`,
    audits: await t.db.auditLog.count(),
    schedules: await t.db.schedule.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    notifications: await t.db.notification.findMany({ orderBy: { id: "asc" }, select: { id: true, readAt: true } }),
    watches: await t.db.watch.count(),
    presences: await t.db.editingPresence.count(),
    reports: await t.db.report.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, reply: true, changeSetId: true } }),
  });

  for (const c of CASES) {
    for (const p of PERSONAS) {
      const allowed = c.allowed.includes(p);
      it(`${c.name} — ${p}: ${allowed ? "allowed" : "refused, and nothing changes"}`, async () => {
        const args = (await c.prepare?.(p)) ?? {};
        const before = allowed ? null : await snapshot();
        as(p);
        const outcome: Outcome = {};
        try {
          const value = await c.call(args);
          // A server action answers next-safe-action's result; the forms read it through stateOf.
          if (value && typeof value === "object" && !Array.isArray(value)) outcome.state = stateOf(value as ActionResult);
          else outcome.value = value;
        } catch (e) {
          if (!(e instanceof Redirect)) throw e;
          outcome.redirect = e.url;
        }
        if (allowed) {
          await c.done(outcome, args);
        } else {
          expect(outcome.redirect, `${c.name} as ${p} must not go through`).toBeUndefined();
          if (Array.isArray(outcome.value)) expect(outcome.value).toEqual([]);
          else if (typeof outcome.value === "string") expect(outcome.value).toMatch(/^(FAILED|failed)$/);
          else expect(outcome.state).toMatchObject({ ok: false, message: expect.stringMatching(writes(p) ? (c.refused?.[p] ?? /Only admins/) : /Please sign in/) });
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }
});

describe("bad input to the actions: a clear error, never a 500, never a partial write", () => {
  let entries: typeof EntryActions;
  let usersActions: typeof UserActions;
  let paste: typeof PasteActions;
  beforeAll(async () => {
    database.db = t.db;
    const u = await bootstrapUser({ db: t.db, input: { email: "bad@atlas.test", name: "Bad Input", role: "ADMIN", password: "correct horse battery" }, via: "test" });
    session.claims = { userId: u.id, sessionVersion: (await t.db.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion };
    entries = await import("@/actions/entries");
    usersActions = await import("@/actions/users");
    paste = await import("@/actions/paste");
  });
  const count = async () => [await t.db.revision.count(), await t.db.entry.count(), await t.db.user.count()];

  it.each([
    ["a payload that is not JSON", { kind: "EVENT", payload: "{not json" }, /could not be read/],
    ["an unknown kind", { kind: "SPACESHIP", payload: "{}" }, /Unknown kind of entry/],
    ["a payload of the wrong shape", { kind: "EVENT", payload: "[1,2,3]" }, /Some fields need attention/],
    ["a revision id that is not one", { kind: "EVENT", payload: "{}", revisionId: "../../etc/passwd" }, /Not a valid revision/],
    ["an overlong note", { kind: "EVENT", payload: "{}", message: "x".repeat(5000) }, /At most 1,000 characters/],
    ["no word of the draft version it was based on", { kind: "EVENT", payload: "{}" }, /Not a valid draft version/],
  ])("saving a draft with %s", async (_what, fields, message) => {
    const before = await count();
    const state = stateOf(await entries.saveDraftAction({}, form(fields as Record<string, string>)));
    expect(state.ok).toBe(false);
    expect(`${state.message} ${JSON.stringify(state.fieldErrors ?? {})}`).toMatch(message);
    expect(await count()).toEqual(before);
  });

  it("refuses bad users with field-level errors", async () => {
    const before = await count();
    const state = stateOf(await usersActions.createUserAction({}, form({ email: "<script>@x", name: "x".repeat(500), role: "GOD", password: "1" })));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    expect(await count()).toEqual(before);
  });

  it("answers an empty or huge paste, or a bad source address, with a field error and no drafts", async () => {
    const before = await count();
    expect(stateOf(await paste.pasteAction({}, form({ text: "" }))).fieldErrors?.text).toEqual(["Paste a whole sentence."]);
    expect(stateOf(await paste.pasteAction({}, form({ text: "y".repeat(5000) }))).fieldErrors?.text).toEqual(["At most 2,000 characters: paste one sentence at a time."]);
    expect(stateOf(await paste.pasteAction({}, form({ text: "In 2015, Modi visited Mongolia.", sourceUrl: "javascript:alert(1)" }))).fieldErrors?.sourceUrl).toEqual([
      "Enter an http(s) address.",
    ]);
    expect(await count()).toEqual(before);
  });

  it("answers unknown ids with not-found messages", async () => {
    const before = await count();
    for (const intent of ["submit", "withdraw", "discard", "rebase"]) {
      const state = stateOf(await entries.revisionAction({}, form({ revisionId: "0190d5e4-0000-7000-8000-000000000000", intent })));
      expect(state).toMatchObject({ ok: false, message: "That revision does not exist." });
    }
    expect(stateOf(await entries.removalAction({}, form({ entryId: "event_nowhere", action: "DELETE" })))).toMatchObject({ ok: false, message: "That entry does not exist." });
    expect(await count()).toEqual(before);
  });
});
