import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { getChangeSet } from "../src/change-sets/get-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { discardDraft } from "../src/drafts/discard-draft.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { IncompleteError, StateError } from "../src/errors.ts";
import { listInbox } from "../src/inbox/list-inbox.ts";
import { getEvent } from "../src/public/events.ts";
import { listReviewQueue } from "../src/review/list-review-queue.ts";
import { makeActors } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };

// Issue 21: "A draft source made in one change set cannot be cited from another, so a duplicate
// was made; it was caught only at approval, naming no field."
describe("change sets that build on each other", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  let n = 0;
  /** A new source in a change set of its own, with one passage. */
  const draftSource = async (title: string) => {
    const id = ++n;
    return {
      excerptId: `excerpt_isa-${id}`,
      ...(await saveDraft({
        db: t.db,
        actor: a.editor,
        input: {
          kind: "SOURCE",
          payload: {
            slug: `isa-members-${id}`,
            title,
            kind: "WEB",
            url: `https://example.org/isa-${id}`,
            excerpts: [{ id: `excerpt_isa-${id}`, text: "Mongolia joined the ISA in 2022.", position: 1 }],
          },
        },
      })),
    };
  };
  /** An event in another change set of the same editor, citing that source's passage. */
  const draftEventCiting = (slug: string, source: { entryId: string; excerptId: string }) =>
    saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        payload: {
          slug,
          title: `Event ${slug}`,
          description: "Mongolia joins the International Solar Alliance.",
          type: "MEMBERSHIP_CHANGE",
          start: "2022",
          countryIds: ["country_mongolia"],
          citations: [{ sourceId: source.entryId, excerptId: source.excerptId }],
        },
      },
    });
  const status = async (changeSetId: string) => [...new Set((await t.db.revision.findMany({ where: { changeSetId }, select: { status: true } })).map((r) => r.status))];

  it("lets a draft cite a source drafted in another of the author's change sets; the review says it waits for it, and approving both publishes the source first", async () => {
    const source = await draftSource("ISA member countries");
    const event = await draftEventCiting("isa-joined", source);
    expect(event.changeSetId).not.toBe(source.changeSetId);
    expect(event.missing).toEqual({});

    // Submitted before the source's set: it may be, and it says what it waits for.
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: event.changeSetId } });
    const waiting = await getChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId } });
    expect(waiting.entries.map((e) => e.missing)).toEqual([{}]);
    expect(waiting.waitsFor).toEqual([
      { changeSetId: source.changeSetId, title: "ISA member countries", state: "writing", publishAt: null, needs: [{ id: source.entryId, label: "ISA member countries" }] },
    ]);
    const maker = await getChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: source.changeSetId } });
    expect(maker.usedBy).toEqual([{ changeSetId: event.changeSetId, title: "Event isa-joined", labels: ["Event isa-joined"] }]);

    // While the source is still being written the event cannot be approved, and nothing changes.
    const early = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId }, policy: STRICT }).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(StateError);
    expect((early as StateError).message).toMatch(/uses “ISA member countries”, which is still a draft in another change set/);
    expect(await status(event.changeSetId)).toEqual(["SUBMITTED"]);

    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: source.changeSetId } });
    const queue = await listReviewQueue({ db: t.db, actor: a.admin, input: { authorId: a.editor.id } });
    expect(queue.rows.find((r) => r.id === event.changeSetId)?.waitsFor).toEqual([
      { changeSetId: source.changeSetId, title: "ISA member countries", state: "submitted", publishAt: null },
    ]);
    // Approving both needs the reviewer to have seen both.
    const unseen = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId }, policy: STRICT }).catch((e: unknown) => e);
    expect((unseen as StateError).message).toMatch(/approve them together from this change set's page/);
    // …and scheduling it alone, before the source is approved, is refused.
    const later = new Date(Date.now() + 86_400_000);
    const scheduled = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId, publishAt: later }, policy: STRICT }).catch((e: unknown) => e);
    expect((scheduled as StateError).message).toMatch(/publish both now, or approve that one first/);

    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId, together: [source.changeSetId] }, policy: STRICT });
    expect([await status(event.changeSetId), await status(source.changeSetId)]).toEqual([["PUBLISHED"], ["PUBLISHED"]]);
    const published = await getEvent(t.db, "2022-isa-joined");
    expect(JSON.stringify(published ?? (await getEvent(t.db, "isa-joined")))).toContain("ISA member countries");
    const audits = await t.db.auditLog.findMany({
      where: { action: "changeset.approve", targetId: { in: [event.changeSetId, source.changeSetId] } },
      select: { targetId: true, data: true },
    });
    expect(audits).toHaveLength(2);
    expect(audits.find((x) => x.targetId === event.changeSetId)?.data).toMatchObject({ together: [source.changeSetId] });
    // One notification, in the right number.
    expect((await listInbox({ db: t.db, actor: a.editor })).items[0]).toMatchObject({
      kind: "APPROVED",
      message: "“Event isa-joined” and 1 other entry were approved and published.",
    });
  });

  it("approves the set that makes the source first, then the one citing it on its own", async () => {
    const source = await draftSource("Solar alliance notes");
    const event = await draftEventCiting("isa-notes", source);
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: source.changeSetId } });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: event.changeSetId } });
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: source.changeSetId }, policy: STRICT });
    expect((await getChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId } })).waitsFor).toEqual([]);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId }, policy: STRICT });
    expect(await status(event.changeSetId)).toEqual(["PUBLISHED"]);
  });

  it("lets a set citing a scheduled one be scheduled only after it", async () => {
    const source = await draftSource("Scheduled alliance notes");
    const event = await draftEventCiting("isa-scheduled", source);
    for (const s of [source, event]) await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: s.changeSetId } });
    const at = new Date(Date.now() + 3_600_000);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: source.changeSetId, publishAt: at }, policy: STRICT });
    const now = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId }, policy: STRICT }).catch((e: unknown) => e);
    expect((now as StateError).message).toMatch(/which is scheduled to be published at .* UTC: schedule this one for after that/);
    const before = await approveChangeSet({
      db: t.db,
      actor: a.admin,
      input: { changeSetId: event.changeSetId, publishAt: new Date(at.getTime() - 60_000) },
      policy: STRICT,
    }).catch((e: unknown) => e);
    expect(before).toBeInstanceOf(StateError);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: event.changeSetId, publishAt: new Date(at.getTime() + 60_000) }, policy: STRICT });
    expect(await status(event.changeSetId)).toEqual(["SCHEDULED"]);
  });

  it("catches the same source drafted twice when the second is submitted, naming the field and the draft that has it", async () => {
    const first = await draftSource("Duplicated alliance notes");
    const copy = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "SOURCE", payload: { slug: `isa-members-${n}`, title: "Duplicated alliance notes", kind: "WEB" } },
    });
    expect(copy.changeSetId).not.toBe(first.changeSetId);
    const error = await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: copy.changeSetId } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteError);
    expect((error as IncompleteError).missing[0]!.fieldErrors).toEqual({
      slug: [`“isa-members-${n}” is already used by your draft “Duplicated alliance notes”.`],
    });
    // The editor drops the copy. Another editor's copy cannot know of the draft; once the first is
    // published, that copy's approval names the entry and the field.
    await discardDraft({ db: t.db, actor: a.editor, input: copy });
    const theirs = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "SOURCE", payload: { slug: `isa-members-${n}`, title: "Their alliance notes", kind: "WEB" } } });
    await submitChangeSet({ db: t.db, actor: a.editor2, input: { changeSetId: theirs.changeSetId } });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: first.changeSetId } });
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: first.changeSetId }, policy: STRICT });
    const refused = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: theirs.changeSetId }, policy: STRICT }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      message: "“Their alliance notes” cannot be published as it stands; nothing was published.",
      fieldErrors: { slug: [`Their alliance notes · Slug (in the page address): “isa-members-${n}” is already used by the source “Duplicated alliance notes”.`] },
    });
  });

  it("does not let one editor cite another editor's draft source", async () => {
    const source = await draftSource("Someone else's notes");
    const theirs = await saveDraft({
      db: t.db,
      actor: a.editor2,
      input: { kind: "EVENT", payload: { slug: "not-yours", title: "Not yours", citations: [{ sourceId: source.entryId, excerptId: source.excerptId }] } },
    }).catch((e: unknown) => e);
    // Neither the source nor its passage exists for them (nor is either named).
    expect((theirs as { fieldErrors?: unknown }).fieldErrors).toEqual({
      "citations.0.sourceId": [`No source has the id "${source.entryId}".`],
      "citations.0.excerptId": ["That passage does not exist."],
    });
  });
});
