import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { listOpenChangeSets } from "../src/change-sets/list-open-change-sets.ts";
import { mergeChangeSets } from "../src/change-sets/merge-change-sets.ts";
import { moveToChangeSet } from "../src/change-sets/move-to-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { ForbiddenError, NotFoundError, StateError, UnauthenticatedError, ValidationError } from "../src/errors.ts";
import { makeActors } from "./support/actors.ts";

// Issue 21: "No entry can be moved between change sets." Entries move, sets merge; each is the
// author's alone, checked in core, and audited.
describe("moving drafts between change sets, and merging sets", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  let n = 0;
  const country = (changeSetId?: string, actor = a.editor) =>
    saveDraft({
      db: t.db,
      actor,
      input: { kind: "COUNTRY", ...(changeSetId ? { changeSetId } : {}), payload: { slug: `moveland-${++n}`, name: `Moveland ${n}`, region: "Asia" } },
    });
  const setOf = async (revisionId: string) => (await t.db.revision.findUniqueOrThrow({ where: { id: revisionId } })).changeSetId;

  it("moves a draft into another of the author's change sets, and removes the set it leaves empty", async () => {
    const one = await country();
    const other = await country();
    await t.db.changeSet.update({ where: { id: one.changeSetId }, data: { note: "Moveland was founded in 2020." } });
    const moved = await moveToChangeSet({ db: t.db, actor: a.editor, input: { revisionId: one.revisionId, changeSetId: other.changeSetId } });
    expect(moved).toMatchObject({ changeSetId: other.changeSetId, removed: true });
    expect(await setOf(one.revisionId)).toBe(other.changeSetId);
    expect(await t.db.changeSet.findUnique({ where: { id: one.changeSetId } })).toBeNull();
    // The pasted text it started from goes with it.
    expect((await t.db.changeSet.findUniqueOrThrow({ where: { id: other.changeSetId } })).note).toBe("Moveland was founded in 2020.");
    expect(await t.db.auditLog.findFirst({ where: { action: "changeset.move", targetId: one.revisionId } })).toMatchObject({
      actorId: a.editor.id,
      data: { from: one.changeSetId, to: other.changeSetId, removedEmpty: true },
    });
  });

  it("moves a draft out into a change set of its own, leaving the rest where it was", async () => {
    const first = await country();
    const second = await country(first.changeSetId);
    const moved = await moveToChangeSet({ db: t.db, actor: a.editor, input: { revisionId: second.revisionId } });
    expect(moved.changeSetId).not.toBe(first.changeSetId);
    expect(moved.removed).toBe(false);
    expect(await setOf(first.revisionId)).toBe(first.changeSetId);
    expect(await setOf(second.revisionId)).toBe(moved.changeSetId);
    expect((await t.db.changeSet.findUniqueOrThrow({ where: { id: moved.changeSetId } })).authorId).toBe(a.editor.id);
  });

  it("merges one change set into another: every draft moves, the pasted texts are kept, the empty set goes", async () => {
    const a1 = await country();
    const a2 = await country(a1.changeSetId);
    const b1 = await country();
    await t.db.changeSet.update({ where: { id: a1.changeSetId }, data: { note: "First sentence." } });
    await t.db.changeSet.update({ where: { id: b1.changeSetId }, data: { note: "Second sentence." } });
    const merged = await mergeChangeSets({ db: t.db, actor: a.editor, input: { changeSetId: a1.changeSetId, intoChangeSetId: b1.changeSetId } });
    expect(merged).toEqual({ changeSetId: b1.changeSetId, moved: 2, removed: true });
    expect(await Promise.all([a1, a2, b1].map((r) => setOf(r.revisionId)))).toEqual([b1.changeSetId, b1.changeSetId, b1.changeSetId]);
    expect((await t.db.changeSet.findUniqueOrThrow({ where: { id: b1.changeSetId } })).note).toBe("Second sentence.\n\nFirst sentence.");
    expect(await t.db.auditLog.count({ where: { action: "changeset.merge", targetId: b1.changeSetId } })).toBe(1);
    // Submitted together now: one piece of work.
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: b1.changeSetId } });
    expect(new Set((await t.db.revision.findMany({ where: { changeSetId: b1.changeSetId } })).map((r) => r.status))).toEqual(new Set(["SUBMITTED"]));
  });

  it("lists as places to move to only the author's own sets still being written", async () => {
    const open = await country();
    const sent = await country();
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: sent.changeSetId } });
    const theirs = await country(undefined, a.editor2);
    const ids = (await listOpenChangeSets({ db: t.db, actor: a.editor })).map((s) => s.id);
    expect(ids).toContain(open.changeSetId);
    expect(ids).not.toContain(sent.changeSetId);
    expect(ids).not.toContain(theirs.changeSetId);
    expect((await listOpenChangeSets({ db: t.db, actor: a.editor })).find((s) => s.id === open.changeSetId)).toEqual({
      id: open.changeSetId,
      title: `Moveland ${n - 2}`,
      entries: 1,
    });
  });

  it("refuses, changing nothing: someone else's draft or set, a submitted draft, a set into itself, no one signed in", async () => {
    const mine = await country();
    const target = await country();
    const theirs = await country(undefined, a.editor2);
    const sent = await country();
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: sent.changeSetId } });
    const before = await t.db.revision.findMany({ orderBy: { id: "asc" }, select: { id: true, changeSetId: true } });
    const audits = await t.db.auditLog.count();

    // Another editor's draft does not exist for them; an admin is told it is not theirs.
    await expect(moveToChangeSet({ db: t.db, actor: a.editor2, input: { revisionId: mine.revisionId, changeSetId: theirs.changeSetId } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveToChangeSet({ db: t.db, actor: a.admin, input: { revisionId: mine.revisionId } })).rejects.toBeInstanceOf(ForbiddenError);
    // Into someone else's set, or one already sent for review.
    await expect(moveToChangeSet({ db: t.db, actor: a.editor, input: { revisionId: mine.revisionId, changeSetId: theirs.changeSetId } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveToChangeSet({ db: t.db, actor: a.editor, input: { revisionId: mine.revisionId, changeSetId: sent.changeSetId } })).rejects.toThrow(
      "That change set was already sent for review; start a new piece of work.",
    );
    // A draft waiting for review stays with its set.
    await expect(moveToChangeSet({ db: t.db, actor: a.editor, input: { revisionId: sent.revisionId, changeSetId: target.changeSetId } })).rejects.toThrow(
      /Only a draft can be moved to another change set; this one is submitted/,
    );
    await expect(moveToChangeSet({ db: t.db, actor: a.editor, input: { revisionId: mine.revisionId, changeSetId: mine.changeSetId } })).rejects.toBeInstanceOf(ValidationError);
    await expect(mergeChangeSets({ db: t.db, actor: a.editor, input: { changeSetId: mine.changeSetId, intoChangeSetId: mine.changeSetId } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(mergeChangeSets({ db: t.db, actor: a.editor, input: { changeSetId: theirs.changeSetId, intoChangeSetId: mine.changeSetId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(mergeChangeSets({ db: t.db, actor: a.editor, input: { changeSetId: sent.changeSetId, intoChangeSetId: mine.changeSetId } })).rejects.toBeInstanceOf(StateError);
    await expect(mergeChangeSets({ db: t.db, actor: a.editor, input: { changeSetId: mine.changeSetId, intoChangeSetId: sent.changeSetId } })).rejects.toBeInstanceOf(StateError);
    await expect(moveToChangeSet({ db: t.db, actor: null, input: { revisionId: mine.revisionId } })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(mergeChangeSets({ db: t.db, actor: null, input: { changeSetId: mine.changeSetId, intoChangeSetId: target.changeSetId } })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );

    expect(await t.db.revision.findMany({ orderBy: { id: "asc" }, select: { id: true, changeSetId: true } })).toEqual(before);
    expect(await t.db.auditLog.count()).toBe(audits);
  });
});
