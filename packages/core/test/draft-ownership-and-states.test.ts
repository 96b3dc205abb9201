import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { returnChangeSet } from "../src/change-sets/return-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { discardDraft } from "../src/drafts/discard-draft.ts";
import { rebaseRevision } from "../src/drafts/rebase-revision.ts";
import { requestRemoval } from "../src/drafts/request-removal.ts";
import { revertEntry } from "../src/drafts/revert-entry.ts";
import { saveAndSubmitDraft } from "../src/drafts/save-and-submit-draft.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { startLinkedDraft } from "../src/drafts/start-linked-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { withdrawRevision } from "../src/drafts/withdraw-revision.ts";
import { ForbiddenError, NotFoundError, StateError, UnauthenticatedError } from "../src/errors.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { rejectRevision } from "../src/review/reject-revision.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error("it was allowed"),
    (e: unknown) => e as Error,
  );

describe("who may do what with a draft, and in which state", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  let n = 0;
  const eventPayload = (title = `Rule test ${++n}`) => ({
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar", "country_mongolia"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });
  const draft = (actor = a.editor, input: Record<string, unknown> = {}) => saveDraft({ db: t.db, actor, input: { kind: "EVENT", payload: eventPayload(), ...input } });
  const submitted = async (actor = a.editor) => {
    const d = await draft(actor);
    await submitRevision({ db: t.db, actor, input: d });
    return d;
  };
  const statusOf = async (revisionId: string) => (await t.db.revision.findUniqueOrThrow({ where: { id: revisionId } })).status;

  it("asks anonymous visitors to sign in before reading their input or anything else", async () => {
    const before = await snapshot(t.db);
    const bad = { revisionId: "nope" };
    const attempts = {
      saveDraft: () => saveDraft({ db: t.db, actor: null, input: { kind: "ALIEN" as never, payload: null } }),
      saveAndSubmitDraft: () => saveAndSubmitDraft({ db: t.db, actor: null, input: { kind: "ALIEN" as never, payload: null } }),
      submitRevision: () => submitRevision({ db: t.db, actor: null, input: bad }),
      withdrawRevision: () => withdrawRevision({ db: t.db, actor: null, input: bad }),
      discardDraft: () => discardDraft({ db: t.db, actor: null, input: bad }),
      rebaseRevision: () => rebaseRevision({ db: t.db, actor: null, input: bad }),
      revertEntry: () => revertEntry({ db: t.db, actor: null, input: { entryId: "", toVersion: 0 } }),
      requestRemoval: () => requestRemoval({ db: t.db, actor: null, input: { entryId: "" }, action: "DELETE" }),
      startLinkedDraft: () => startLinkedDraft({ db: t.db, actor: null, input: { kind: "COUNTRY", name: "" } }),
    };
    for (const [what, attempt] of Object.entries(attempts)) {
      const error = await failure(attempt());
      expect(error, what).toBeInstanceOf(UnauthenticatedError);
      expect(error.message, what).toBe("Please sign in.");
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("tells an admin that only the author may submit, withdraw, discard or move a draft; to another editor it does not exist; nothing changes", async () => {
    const mine = await draft();
    const waiting = await submitted();
    const before = await snapshot(t.db);
    for (const [other, refusal, message] of [
      [a.editor2, NotFoundError, "That revision does not exist."],
      [a.admin, ForbiddenError, "Only its author can do that with a revision."],
    ] as const) {
      const attempts = {
        submit: () => submitRevision({ db: t.db, actor: other, input: mine }),
        discard: () => discardDraft({ db: t.db, actor: other, input: mine }),
        rebase: () => rebaseRevision({ db: t.db, actor: other, input: mine }),
        withdraw: () => withdrawRevision({ db: t.db, actor: other, input: waiting }),
      };
      for (const [what, attempt] of Object.entries(attempts)) {
        const error = await failure(attempt());
        expect(error, `${other.name} ${what}`).toBeInstanceOf(refusal);
        expect(error.message, `${other.name} ${what}`).toBe(message);
      }
      const edit = await failure(saveDraft({ db: t.db, actor: other, input: { kind: "EVENT", revisionId: mine.revisionId, payload: eventPayload("Taken over") } }));
      expect(edit).toBeInstanceOf(refusal);
      expect(edit.message).toBe(other === a.admin ? "This draft belongs to someone else; start your own from the entry." : message);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("says a revision does not exist when it does not, whatever one tries to do with it", async () => {
    const ghost = { revisionId: randomUUID() };
    const before = await snapshot(t.db);
    for (const attempt of [
      () => submitRevision({ db: t.db, actor: a.editor, input: ghost }),
      () => withdrawRevision({ db: t.db, actor: a.editor, input: ghost }),
      () => discardDraft({ db: t.db, actor: a.editor, input: ghost }),
      () => rebaseRevision({ db: t.db, actor: a.editor, input: ghost }),
    ]) {
      const error = await failure(attempt());
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toBe("That revision does not exist.");
    }
    const save = await failure(saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", ...ghost, payload: eventPayload() } }));
    expect(save).toBeInstanceOf(NotFoundError);
    expect(save.message).toBe("That draft no longer exists.");
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("explains why a revision waiting for review cannot be edited, submitted again, discarded or moved, and leaves it waiting", async () => {
    const waiting = await submitted();
    const before = await snapshot(t.db);
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        "edit",
        () => saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", ...waiting, payload: eventPayload() } }),
        "This revision is submitted; withdraw it or start a new draft to edit.",
      ],
      ["submit", () => submitRevision({ db: t.db, actor: a.editor, input: waiting }), "Only drafts can be submitted; this one is submitted."],
      ["discard", () => discardDraft({ db: t.db, actor: a.editor, input: waiting }), "Only an unsubmitted draft can be discarded."],
      ["rebase", () => rebaseRevision({ db: t.db, actor: a.editor, input: waiting }), "Only a draft can be moved onto the current version."],
    ];
    for (const [what, attempt, message] of cases) {
      const error = await failure(attempt());
      expect(error, what).toBeInstanceOf(StateError);
      expect(error.message, what).toBe(message);
    }
    expect(await snapshot(t.db)).toEqual(before);
    expect(await statusOf(waiting.revisionId)).toBe("SUBMITTED");
  });

  it("withdraws only what is waiting for review: a draft or a rejected revision cannot be withdrawn", async () => {
    const mine = await draft();
    const rejected = await submitted();
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...rejected, comment: "Not notable." }, final: true });
    const before = await snapshot(t.db);
    for (const r of [mine, rejected]) {
      const error = await failure(withdrawRevision({ db: t.db, actor: a.editor, input: r }));
      expect(error).toBeInstanceOf(StateError);
      expect(error.message).toBe("Only a revision waiting for review can be withdrawn.");
    }
    const edit = await failure(saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", ...rejected, payload: eventPayload() } }));
    expect(edit.message).toBe("This revision is rejected; withdraw it or start a new draft to edit.");
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("lets the author revise a revision sent back for changes, which makes it a draft again, or discard one", async () => {
    const sentBack = await submitted();
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...sentBack, comment: "Add the place." }, final: false });
    expect(await statusOf(sentBack.revisionId)).toBe("CHANGES_REQUESTED");
    const revised = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", ...sentBack, payload: { ...eventPayload("Revised after review"), place: "Doha" } } });
    expect(revised.revisionId).toBe(sentBack.revisionId);
    const stored = await t.db.revision.findUniqueOrThrow({ where: { id: sentBack.revisionId } });
    expect([stored.status, (stored.payload as { place: string }).place, stored.label]).toEqual(["DRAFT", "Doha", "Revised after review"]);

    const abandoned = await submitted();
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...abandoned, comment: "Add the place." }, final: false });
    await discardDraft({ db: t.db, actor: a.editor, input: abandoned });
    expect(await statusOf(abandoned.revisionId)).toBe("WITHDRAWN");
  });

  it("keeps a discarded draft in the entry's history as withdrawn, and records who discarded it", async () => {
    const d = await draft();
    expect(await discardDraft({ db: t.db, actor: a.editor, input: d })).toEqual({ revisionId: d.revisionId });
    expect(await statusOf(d.revisionId)).toBe("WITHDRAWN");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "revision.discard", targetId: d.revisionId } });
    expect([audit.actorId, audit.targetType, audit.data]).toEqual([a.editor.id, "Revision", { entryId: d.entryId }]);
    // A discarded draft is no longer the author's open draft: the next save of that entry starts afresh.
    const again = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: d.entryId, payload: eventPayload() } });
    expect(again.revisionId).not.toBe(d.revisionId);
  });

  it("takes a whole change set back out of review as drafts, and records each entry withdrawn", async () => {
    const first = await draft();
    const second = await draft(a.editor, { changeSetId: first.changeSetId });
    await submitRevision({ db: t.db, actor: a.editor, input: first });
    expect(await withdrawRevision({ db: t.db, actor: a.editor, input: second })).toEqual({ revisionId: second.revisionId });
    const rows = await t.db.revision.findMany({ where: { changeSetId: first.changeSetId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.id, r.status, r.submittedAt])).toEqual([
      [first.revisionId, "DRAFT", null],
      [second.revisionId, "DRAFT", null],
    ]);
    const audit = await t.db.auditLog.findMany({ where: { action: "revision.withdraw", targetId: { in: [first.revisionId, second.revisionId] } }, orderBy: { id: "asc" } });
    expect(audit.map((r) => [r.targetId, r.actorId, r.targetType, r.data])).toEqual([
      [first.revisionId, a.editor.id, "Revision", { entryId: first.entryId, changeSetId: first.changeSetId }],
      [second.revisionId, a.editor.id, "Revision", { entryId: second.entryId, changeSetId: first.changeSetId }],
    ]);
  });

  it("leaves an entry the reviewer rejected for good rejected when the rest of its change set is withdrawn", async () => {
    const kept = await draft();
    const refused = await draft(a.editor, { changeSetId: kept.changeSetId });
    await submitChangeSet({ db: t.db, actor: a.editor, input: kept });
    await returnChangeSet({
      db: t.db,
      actor: a.admin,
      input: { changeSetId: kept.changeSetId, decisions: [{ revisionId: refused.revisionId, decision: "reject", comment: "Out of scope." }] },
    });
    await submitChangeSet({ db: t.db, actor: a.editor, input: kept });
    await withdrawRevision({ db: t.db, actor: a.editor, input: kept });
    expect([await statusOf(kept.revisionId), await statusOf(refused.revisionId)]).toEqual(["DRAFT", "REJECTED"]);
    const refusedRow = await t.db.revision.findUniqueOrThrow({ where: { id: refused.revisionId } });
    expect(refusedRow.submittedAt).not.toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "revision.withdraw", targetId: refused.revisionId } })).toBe(0);
  });

  it("submits a draft with the rest of its change set and says which set went", async () => {
    const first = await draft();
    const second = await draft(a.editor, { changeSetId: first.changeSetId });
    expect(await submitRevision({ db: t.db, actor: a.editor, input: { revisionId: second.revisionId } })).toEqual({
      revisionId: second.revisionId,
      changeSetId: first.changeSetId,
    });
    expect([await statusOf(first.revisionId), await statusOf(second.revisionId)]).toEqual(["SUBMITTED", "SUBMITTED"]);
  });

  it("moves a conflicting draft onto the published version once, recording from which version to which", async () => {
    const entryId = "event_2011-08-biden-visit";
    const base = await publishedPayload(t.db, entryId);
    const { version } = await t.db.entry.findUniqueOrThrow({ where: { id: entryId } });
    const behind = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId, payload: { ...base, place: "Ulan Bator" } } });
    const ahead = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId, payload: { ...base, place: "Ulaanbaatar" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: ahead });
    await approveRevision({ db: t.db, actor: a.admin, input: ahead, policy: STRICT });

    expect(await rebaseRevision({ db: t.db, actor: a.editor2, input: behind })).toEqual({ revisionId: behind.revisionId, baseVersion: version + 1 });
    const moved = await t.db.revision.findUniqueOrThrow({ where: { id: behind.revisionId } });
    expect([moved.baseVersion, moved.status, (moved.payload as { place: string }).place]).toEqual([version + 1, "DRAFT", "Ulan Bator"]);
    const audit = await t.db.auditLog.findMany({ where: { targetId: behind.revisionId, action: "revision.save" }, orderBy: { id: "asc" } });
    expect(audit.at(-1)!.data).toEqual({ rebasedFrom: version, rebasedTo: version + 1 });
    expect([audit.at(-1)!.actorId, audit.at(-1)!.targetType]).toEqual([a.editor2.id, "Revision"]);

    // Already on the current version: nothing to move, nothing recorded.
    const audits = await t.db.auditLog.count();
    expect(await rebaseRevision({ db: t.db, actor: a.editor2, input: behind })).toEqual({ revisionId: behind.revisionId, baseVersion: version + 1 });
    expect(await t.db.auditLog.count()).toBe(audits);
  });
});
