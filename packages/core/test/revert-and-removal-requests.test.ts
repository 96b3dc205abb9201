import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { revertEntry } from "../src/drafts/revert-entry.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { NotFoundError, StateError, type ValidationError } from "../src/errors.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error("it was allowed"),
    (e: unknown) => e as Error,
  );

describe("going back to an earlier version, and asking for an entry to be taken down", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const entryId = "event_2020-qatar-memorandum";

  it("drafts the old version's text and name against the current version, in a piece of work of its own, and records it", async () => {
    const original = await publishedPayload(t.db, entryId);
    const originalLabel = (await t.db.entry.findUniqueOrThrow({ where: { id: entryId } })).label;
    const edit = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId, payload: { ...original, title: "A later title" } } });
    await submitRevision({ db: t.db, actor: a.editor2, input: edit });
    await approveRevision({ db: t.db, actor: a.admin, input: edit, policy: STRICT });
    const now = await t.db.entry.findUniqueOrThrow({ where: { id: entryId } });
    expect(now.label).toBe("A later title");

    const reverted = await revertEntry({ db: t.db, actor: a.editor, input: { entryId, toVersion: "1" } });
    expect(Object.keys(reverted).sort()).toEqual(["changeSetId", "entryId", "revisionId"]);
    expect(reverted.entryId).toBe(entryId);
    expect(reverted.changeSetId).not.toBe(edit.changeSetId);
    const draft = await t.db.revision.findUniqueOrThrow({ where: { id: reverted.revisionId } });
    expect([draft.status, draft.action, draft.kind, draft.label, draft.baseVersion, draft.authorId, draft.changeSetId, draft.message]).toEqual([
      "DRAFT",
      "UPSERT",
      "EVENT",
      originalLabel,
      now.version,
      a.editor.id,
      reverted.changeSetId,
      "Back to version 1",
    ]);
    expect(draft.payload).toEqual(original);
    expect((await t.db.changeSet.findUniqueOrThrow({ where: { id: reverted.changeSetId } })).authorId).toBe(a.editor.id);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { targetId: reverted.revisionId } });
    expect([audit.action, audit.actorId, audit.targetType, audit.data]).toEqual(["revision.save", a.editor.id, "Revision", { entryId, revertTo: 1 }]);
    // The public page still shows the current version until the revert is approved.
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: entryId } })).toEqual(now);
  });

  it("says there is no such version to go back to: one never published, a takedown, or an entry that does not exist", async () => {
    const person = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "PERSON", payload: { slug: "a-passing-envoy", name: "A Passing Envoy" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: person });
    await approveRevision({ db: t.db, actor: a.admin, input: person, policy: STRICT });
    const takedown = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: person.entryId }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: takedown, policy: STRICT });
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: person.entryId } })).version).toBe(2);

    const before = await snapshot(t.db);
    for (const [id, version] of [
      [entryId, 9],
      [person.entryId, 2],
      ["event_never-written", 1],
    ] as const) {
      const error = await failure(revertEntry({ db: t.db, actor: a.editor, input: { entryId: id, toVersion: version } }));
      expect(error, `${id} v${version}`).toBeInstanceOf(NotFoundError);
      expect(error.message).toBe(`There is no published version ${version} of that entry to go back to.`);
    }
    for (const toVersion of [0, -1, 1.5, "latest"]) {
      const error = await failure(revertEntry({ db: t.db, actor: a.editor, input: { entryId, toVersion: toVersion } }));
      expect((error as ValidationError).fieldErrors, String(toVersion)).toEqual({ toVersion: [expect.any(String)] });
    }
    expect(((await failure(revertEntry({ db: t.db, actor: a.editor, input: { entryId, toVersion: 0 } }))) as ValidationError).fieldErrors).toEqual({
      toVersion: ["Choose a version."],
    });
    expect(((await failure(revertEntry({ db: t.db, actor: a.editor, input: { entryId, toVersion: "latest" } }))) as ValidationError).fieldErrors).toEqual({
      toVersion: ["Choose a version."],
    });
    expect(await snapshot(t.db)).toEqual(before);
    // Its first version can still be brought back.
    const back = await revertEntry({ db: t.db, actor: a.editor, input: { entryId: person.entryId, toVersion: 1 } });
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: back.revisionId } })).payload).toMatchObject({ name: "A Passing Envoy" });
  });

  it("sends a takedown straight to review with the published text, leaving the entry on the site until approved, and records the request", async () => {
    const target = "event_2011-08-biden-visit";
    const entry = await t.db.entry.findUniqueOrThrow({ where: { id: target } });
    const published = await publishedPayload(t.db, target);
    for (const action of ["UNPUBLISH", "DELETE"] as const) {
      const { revisionId } = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: target, message: `  Please ${action.toLowerCase()}.  ` }, action });
      const r = await t.db.revision.findUniqueOrThrow({ where: { id: revisionId }, include: { changeSet: { include: { revisions: true } } } });
      expect([r.action, r.status, r.kind, r.label, r.baseVersion, r.authorId, r.message]).toEqual([
        action,
        "SUBMITTED",
        "EVENT",
        entry.label,
        entry.version,
        a.editor.id,
        `Please ${action.toLowerCase()}.`,
      ]);
      expect(r.payload).toEqual(published);
      expect(r.submittedAt).not.toBeNull();
      // A takedown is a piece of work of its own.
      expect([r.changeSet.authorId, r.changeSet.revisions.length]).toEqual([a.editor.id, 1]);
      const audit = await t.db.auditLog.findFirstOrThrow({ where: { targetId: revisionId } });
      expect([audit.action, audit.actorId, audit.targetType, audit.data]).toEqual(["revision.submit", a.editor.id, "Revision", { entryId: target, action, label: entry.label }]);
    }
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: target } })).toEqual(entry);
  });

  it("refuses a takedown that does not fit the entry's state, with the reason, and changes nothing", async () => {
    const draftOnly = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "PERSON", payload: { slug: "never-published", name: "Never Published" } } });
    const gone = "fact_china-share-of-mongolian-exports";
    const deletion = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: gone }, action: "DELETE" });
    await approveRevision({ db: t.db, actor: a.admin, input: deletion, policy: STRICT });
    const hidden = "fact_north-korean-refugees-per-month";
    const takedown = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: hidden }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: takedown, policy: STRICT });

    const before = await snapshot(t.db);
    const cases: [string, "UNPUBLISH" | "DELETE", typeof NotFoundError | typeof StateError, string][] = [
      ["fact_never-written", "UNPUBLISH", NotFoundError, "That entry does not exist."],
      ["fact_never-written", "DELETE", NotFoundError, "That entry does not exist."],
      [hidden, "UNPUBLISH", StateError, "Only a published entry can be unpublished."],
      [gone, "UNPUBLISH", StateError, "Only a published entry can be unpublished."],
      [gone, "DELETE", StateError, "That entry is already deleted."],
      [draftOnly.entryId, "UNPUBLISH", StateError, "Only a published entry can be unpublished."],
      [draftOnly.entryId, "DELETE", StateError, "This entry was never published: discard its draft instead."],
    ];
    for (const [id, action, type, message] of cases) {
      const error = await failure(requestRemoval({ db: t.db, actor: a.editor, input: { entryId: id }, action }));
      expect(error, `${action} ${id}`).toBeInstanceOf(type);
      expect(error.message, `${action} ${id}`).toBe(message);
    }
    expect(await snapshot(t.db)).toEqual(before);

    // An entry already off the site may still be deleted.
    const { revisionId } = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: hidden }, action: "DELETE" });
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: revisionId } })).action).toBe("DELETE");
  });

  it("names every published entry still using the one to take down when there are only a few", async () => {
    const error = await failure(requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "country_qatar" }, action: "DELETE" }));
    expect(error).toBeInstanceOf(StateError);
    const [, count, list] = /^“Qatar” is still used by (\d+) published entries: (.*)\. Change those first\.$/.exec(error.message) ?? [];
    expect(Number(count)).toBeGreaterThan(1);
    expect(list).not.toMatch(/…$/);
    expect(list!.split("; ")).toHaveLength(Number(count));
  });
});
