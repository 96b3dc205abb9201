import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { getChangeSet } from "../src/change-sets/get-change-set.ts";
import { returnChangeSet } from "../src/change-sets/return-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { withdrawRevision } from "../src/drafts/withdraw-revision.ts";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, StateError } from "../src/errors.ts";
import { listInbox } from "../src/inbox/list-inbox.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { getPersonPage } from "../src/public/people.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";
import { draftModiChangeSet, MODI_SENTENCE } from "./support/modi-change-set.ts";

const STRICT = { allowSelfApproval: false };

describe("change sets: an event and the entries it creates, reviewed and published as one", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const statuses = async (changeSetId: string) =>
    (await t.db.revision.findMany({ where: { changeSetId }, orderBy: { createdAt: "asc" }, select: { status: true } })).map((r) => r.status);

  it("publishes a new country, source, person and the event naming them with one submission and one approval", async () => {
    const set = await draftModiChangeSet(t.db, a.editor);
    expect([set.source, set.person, set.event].map((d) => d.changeSetId)).toEqual([set.changeSetId, set.changeSetId, set.changeSetId]);
    expect(set.event.missing).toEqual({});
    expect(await getCountryPage(t.db, "india")).toBeNull();

    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    expect(await statuses(set.changeSetId)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED"]);
    expect(await getEvent(t.db, "2015-modi-visit")).toBeNull();

    const { jobId } = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId }, policy: STRICT });
    expect(await statuses(set.changeSetId)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED"]);
    const entries = await t.db.entry.findMany({ where: { id: { in: [set.country.entryId, set.source.entryId, set.person.entryId, set.event.entryId] } } });
    expect(entries.map((e) => [e.status, e.version])).toEqual([
      ["PUBLISHED", 1],
      ["PUBLISHED", 1],
      ["PUBLISHED", 1],
      ["PUBLISHED", 1],
    ]);

    const india = await getCountryPage(t.db, "india");
    expect(india?.events.map((e) => e.title)).toEqual(["Modi visits Mongolia"]);
    const event = await getEvent(t.db, "2015-modi-visit");
    expect(event?.description).toContain("US$1 billion credit line");
    expect(JSON.stringify(event)).toContain("Narendra Modi");
    expect(await getPersonPage(t.db, "narendra-modi")).not.toBeNull();
    expect(JSON.stringify(event?.citations ?? event)).toContain(MODI_SENTENCE.slice(0, 40));

    const job = await t.db.revalidationJob.findUniqueOrThrow({ where: { id: jobId! } });
    expect(job.tags).toEqual(expect.arrayContaining(["country:india", "event:2015-modi-visit", "person:narendra-modi", "countries", "timeline"]));
    expect(await t.db.auditLog.count({ where: { action: "changeset.approve", targetId: set.changeSetId } })).toBe(1);
  });

  // Issue 11: "After approval /countries/india worked, but India was missing from /countries".
  it("lists the newly published country among the countries", async () => {
    const set = await draftModiChangeSet(t.db, a.editor, "-l");
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId }, policy: STRICT });
    expect(await getCountryPage(t.db, "india-l")).not.toBeNull();
    expect((await listCounterparts(t.db)).map((c) => c.slug)).toContain("india-l");
  });

  it("publishes nothing of a change set when one of its entries was published again meanwhile", async () => {
    const base = await publishedPayload(t.db, "event_2020-qatar-memorandum");
    const country = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "nepal", name: "Nepal", region: "Asia" } } });
    const edit = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        entryId: "event_2020-qatar-memorandum",
        changeSetId: country.changeSetId,
        payload: { ...base, countryIds: [...(base.countryIds as string[]), country.entryId] },
      },
    });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: country.changeSetId } });

    const other = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, place: "Doha" } } });
    await submitRevision({ db: t.db, actor: a.editor2, input: other });
    await approveRevision({ db: t.db, actor: a.admin, input: other, policy: STRICT });

    const before = await snapshot(t.db);
    const error = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: country.changeSetId }, policy: STRICT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toMatchObject({ entryId: "event_2020-qatar-memorandum", revisionId: edit.revisionId, currentVersion: 2 });
    expect(await snapshot(t.db)).toEqual(before);
    expect(await getCountryPage(t.db, "nepal")).toBeNull();
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: country.entryId } })).status).not.toBe("PUBLISHED");
  });

  it("sends the whole set back to its author with the reviewer's comment on one entry; the public site is unchanged", async () => {
    const set = await draftModiChangeSet(t.db, a.editor, "-r");
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    const before = await snapshot(t.db);
    const comment = "Give the exact day of the visit (17 May 2015).";
    const byEditor = returnChangeSet({
      db: t.db,
      actor: a.editor2,
      input: { changeSetId: set.changeSetId, decisions: [{ revisionId: set.event.revisionId, decision: "reject", comment: "No." }] },
    });
    await expect(byEditor).rejects.toBeInstanceOf(ForbiddenError);
    await returnChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId, decisions: [{ revisionId: set.event.revisionId, decision: "changes", comment }] } });

    const rows = await t.db.revision.findMany({ where: { changeSetId: set.changeSetId }, select: { id: true, status: true, reviewComment: true } });
    expect(rows.every((r) => r.status === "CHANGES_REQUESTED")).toBe(true);
    expect(rows.find((r) => r.id === set.event.revisionId)?.reviewComment).toBe(comment);
    expect(rows.filter((r) => r.reviewComment !== null)).toHaveLength(1);
    const after = await snapshot(t.db);
    expect([after.entries, after.events, after.citations]).toEqual([before.entries, before.events, before.citations]);
    expect(await getCountryPage(t.db, "india-r")).toBeNull();
    expect(await getEvent(t.db, "2015-modi-visit-r")).toBeNull();

    const seen = await getChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    expect(seen.entries.find((e) => e.revisionId === set.event.revisionId)).toMatchObject({ status: "CHANGES_REQUESTED", reviewComment: comment, reviewer: "admin" });
    expect(seen.editable).toBe(true);
    const inbox = await listInbox({ db: t.db, actor: a.editor });
    expect(inbox.items.find((n) => n.revisionId === set.event.revisionId)).toMatchObject({ kind: "CHANGES_REQUESTED", comment });

    // The author revises the one entry and sends the set again: all four go back to review.
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: set.event.revisionId, payload: { ...set.payloads.event, start: "2015-05-17" } } });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    expect(await statuses(set.changeSetId)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED"]);
  });

  it("shows the reviewer each entry's diff, what is still missing and the public pages approval will refresh", async () => {
    const set = await draftModiChangeSet(t.db, a.editor, "-d");
    const base = await publishedPayload(t.db, "event_2011-08-biden-visit");
    await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", entryId: "event_2011-08-biden-visit", changeSetId: set.changeSetId, payload: { ...base, title: "Biden visits Ulan Bator" } },
    });
    const { citations: _dropped, ...uncited } = set.payloads.event;
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: set.event.revisionId, payload: uncited } });

    const view = await getChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId } });
    expect(view.entries.map((e) => [e.kind, e.isNew])).toEqual([
      ["COUNTRY", true],
      ["SOURCE", true],
      ["PERSON", true],
      ["EVENT", true],
      ["EVENT", false],
    ]);
    const biden = view.entries[4]!;
    expect(biden.diff.filter((d) => d.changed).map((d) => [d.field, d.before, d.after])).toEqual([["title", [String(base.title)], ["Biden visits Ulan Bator"]]]);
    const country = view.entries[0]!;
    expect(country.diff.find((d) => d.field === "name")).toMatchObject({ before: [], after: ["India-d"], changed: true });
    expect(Object.keys(view.entries[3]!.missing)).toEqual(["citations"]);
    expect(view.entries.filter((e) => Object.keys(e.missing).length)).toHaveLength(1);

    const tags = view.blastRadius.map((b) => b.tag);
    expect(tags).toEqual(expect.arrayContaining(["country:india-d", "person:narendra-modi-d", "event:2011-08-biden-visit", "countries", "timeline"]));
    expect(view.blastRadius.find((b) => b.tag === "country:india-d")?.path).toBe("/countries/india-d");

    // The author sees their own set; another editor does not see it exists.
    await expect(getChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } })).resolves.toMatchObject({ id: set.changeSetId });
    await expect(getChangeSet({ db: t.db, actor: a.editor2, input: { changeSetId: set.changeSetId } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("publishes two new countries of one set where the first written names the second as its successor", async () => {
    const old = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "COUNTRY", payload: { slug: "old-state", name: "Old State", region: "Asia", kind: "HISTORICAL_STATE" } },
    });
    const heir = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "COUNTRY", changeSetId: old.changeSetId, payload: { slug: "heir-state", name: "Heir State", region: "Asia" } },
    });
    // The editor adds the successor once the second country exists.
    await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "COUNTRY",
        revisionId: old.revisionId,
        payload: { slug: "old-state", name: "Old State", region: "Asia", kind: "HISTORICAL_STATE", successorId: heir.entryId },
      },
    });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: old.changeSetId } });
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: old.changeSetId }, policy: STRICT });
    expect((await getCountryPage(t.db, "old-state"))?.country.successor).toMatchObject({ slug: "heir-state" });
    expect(await getCountryPage(t.db, "heir-state")).not.toBeNull();
  });

  it("publishes a change set once when two admins approve it at the same moment", async () => {
    const set = await draftModiChangeSet(t.db, a.editor, "-twice");
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    const results = await Promise.allSettled([a.admin, a.admin2].map((actor) => approveChangeSet({ db: t.db, actor, input: { changeSetId: set.changeSetId }, policy: STRICT })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refusal = results.find((r) => r.status === "rejected")!.reason as Error;
    expect(refusal.message).toMatch(/nothing in this change set is waiting for review|only a submitted revision/i);
    expect(await t.db.entry.findMany({ where: { id: set.country.entryId }, select: { version: true } })).toEqual([{ version: 1 }]);
    expect(await t.db.auditLog.count({ where: { action: "changeset.approve", targetId: set.changeSetId } })).toBe(1);
    expect(await t.db.notification.count({ where: { userId: a.editor.id, changeSetId: set.changeSetId, kind: "APPROVED" } })).toBe(1);
  });

  it("never publishes part of a change set after its author withdraws one entry of it", async () => {
    for (const withdrawn of ["country", "event"] as const) {
      const set = await draftModiChangeSet(t.db, a.editor, `-w${withdrawn}`);
      await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
      await withdrawRevision({ db: t.db, actor: a.editor, input: { revisionId: set[withdrawn].revisionId } });
      const before = await snapshot(t.db);
      const error = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId }, policy: STRICT }).catch((e: unknown) => e);
      // Refused, saying why in words an admin can act on: nothing waits any more, or what was taken back.
      expect(error, `approving after the ${withdrawn} was withdrawn`).toBeInstanceOf(DomainError);
      expect((error as Error).message).toMatch(new RegExp(`Nothing in this change set is waiting for review|${set[withdrawn].label}`));
      expect(await snapshot(t.db)).toEqual(before);
    }
  });

  it("keeps a change set its author's: to another editor it does not exist, and no one adds to it once it is submitted", async () => {
    const mine = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "bhutan", name: "Bhutan", region: "Asia" } } });
    const before = await snapshot(t.db);
    const intrusion = saveDraft({
      db: t.db,
      actor: a.editor2,
      input: { kind: "COUNTRY", changeSetId: mine.changeSetId, payload: { slug: "sikkim", name: "Sikkim", region: "Asia" } },
    });
    await expect(intrusion).rejects.toThrow(new NotFoundError("That change set does not exist."));
    expect(await snapshot(t.db)).toEqual(before);
    expect(await t.db.revision.count({ where: { changeSetId: mine.changeSetId } })).toBe(1);

    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: mine.changeSetId } });
    const late = saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", changeSetId: mine.changeSetId, payload: { slug: "sikkim", name: "Sikkim", region: "Asia" } } });
    await expect(late).rejects.toBeInstanceOf(StateError);
    expect(await t.db.revision.count({ where: { changeSetId: mine.changeSetId } })).toBe(1);
  });

  it("refuses to let an admin approve their own change set, or an editor approve anything", async () => {
    const set = await draftModiChangeSet(t.db, a.admin, "-s");
    await submitChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId } });
    const before = await snapshot(t.db);
    await expect(approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId }, policy: STRICT })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId }, policy: STRICT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await statuses(set.changeSetId)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED"]);
    expect(await getCountryPage(t.db, "india-s")).toBeNull();

    await approveChangeSet({ db: t.db, actor: a.admin2, input: { changeSetId: set.changeSetId }, policy: STRICT });
    expect((await getCountryPage(t.db, "india-s"))?.events.map((e) => e.title)).toEqual(["Modi visits Mongolia-s"]);
  });
});
