import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { returnChangeSet } from "../src/change-sets/return-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { ConflictError, IncompleteError, ValidationError } from "../src/errors.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { makeActors, snapshot } from "./support/actors.ts";
import { draftModiChangeSet } from "./support/modi-change-set.ts";

const STRICT = { allowSelfApproval: false };

describe("incomplete drafts: saved as written, checked when submitted", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const statuses = async (changeSetId: string) => (await t.db.revision.findMany({ where: { changeSetId }, select: { status: true } })).map((r) => r.status);

  it("saves an event that names a country, person and source existing only as drafts of the same change set", async () => {
    const set = await draftModiChangeSet(t.db, a.editor);
    for (const d of [set.country, set.source, set.person, set.event]) expect(d.missing).toEqual({});
    expect(set.event.label).toContain("Modi visits Mongolia");
    const stored = await t.db.revision.findUniqueOrThrow({ where: { id: set.event.revisionId } });
    expect(stored.payload).toMatchObject({ countryIds: [set.country.entryId, "country_mongolia"], citations: [{ sourceId: set.source.entryId }] });
    expect(await getCountryPage(t.db, "india")).toBeNull();
  });

  it("saves a half-written event with what is missing, and keeps the editor's text", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "half-written", description: "Talks in Doha; date to check." } } });
    expect(Object.keys(saved.missing)).toEqual(expect.arrayContaining(["title", "type", "start", "countryIds", "citations"]));
    expect(saved.label).toBe("New event");
    const stored = await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect([stored.status, (stored.payload as { description: string }).description]).toEqual(["DRAFT", "Talks in Doha; date to check."]);
  });

  it("still refuses what cannot be stored: an unknown field or a number where text belongs", async () => {
    const before = await snapshot(t.db);
    const unknown = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "x", colour: "red" } } }).catch((e: unknown) => e);
    expect((unknown as ValidationError).fieldErrors).toEqual({ "": ["Unknown field: colour."] });
    await expect(saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "x", title: 42 } } })).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("refuses an autosave made from an older copy of the draft, keeping the newer text and returning both", async () => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "two-tabs", description: "Typed in tab A." } } });
    const tabB = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: first.revisionId, baseDraftVersion: first.draftVersion, payload: { slug: "two-tabs", description: "Typed in tab B." } },
    });
    const stale = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: first.revisionId, baseDraftVersion: first.draftVersion, payload: { slug: "two-tabs", description: "Late save from tab A." } },
    }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).details).toMatchObject({ saved: { description: "Typed in tab B." }, draftVersion: tabB.draftVersion, base: first.draftVersion });
    const stored = await t.db.revision.findUniqueOrThrow({ where: { id: first.revisionId } });
    expect([(stored.payload as { description: string }).description, stored.updatedAt.toISOString()]).toEqual(["Typed in tab B.", tabB.updatedAt]);
  });

  it("refuses to submit an incomplete change set, listing what is missing entry by entry, and submits none of it", async () => {
    const country = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "laos", name: "Laos" } } });
    const { changeSetId } = country;
    const event = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        changeSetId,
        payload: { slug: "laos-visit", title: "Laos delegation visits", description: "A delegation.", type: "DELEGATION", start: "2019", countryIds: [country.entryId] },
      },
    });
    const complete = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "PERSON", changeSetId, payload: { slug: "laos-envoy", name: "An envoy", countryId: country.entryId } },
    });
    expect(Object.keys(country.missing)).toEqual(["region"]);
    expect(Object.keys(event.missing)).toEqual(["citations"]);
    expect(complete.missing).toEqual({});

    const error = await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteError);
    const missing = (error as IncompleteError).missing;
    expect(missing.map((m) => [m.revisionId, m.label, Object.keys(m.fieldErrors)])).toEqual([
      [country.revisionId, "Laos", ["region"]],
      [event.revisionId, "Laos delegation visits", ["citations"]],
    ]);
    expect(missing[1]!.fieldErrors.citations).toEqual(["Cite at least one source: every published statement needs one."]);
    expect((error as IncompleteError).message).toContain("Laos delegation visits");
    expect(await statuses(changeSetId)).toEqual(["DRAFT", "DRAFT", "DRAFT"]);

    // Once filled in, the same set goes to review in one piece.
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", revisionId: country.revisionId, payload: { slug: "laos", name: "Laos", region: "Asia" } } });
    const stored = (await t.db.revision.findUniqueOrThrow({ where: { id: event.revisionId } })).payload as Record<string, unknown>;
    await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: event.revisionId, payload: { ...stored, citations: [{ sourceId: "source_seed-text", excerptId: null }] } },
    });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId } });
    expect(await statuses(changeSetId)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
  });

  it("no longer counts an entry the reviewer rejected as part of the change set the others link to", async () => {
    const country = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "lemuria", name: "Lemuria", region: "Asia" } } });
    const event = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        changeSetId: country.changeSetId,
        payload: {
          slug: "lemuria-talks",
          title: "Lemuria talks",
          description: "Talks.",
          type: "VISIT",
          start: "2017",
          countryIds: ["country_mongolia", country.entryId],
          citations: [{ sourceId: "source_seed-text", excerptId: null }],
        },
      },
    });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: country.changeSetId } });
    await returnChangeSet({
      db: t.db,
      actor: a.admin,
      input: { changeSetId: country.changeSetId, decisions: [{ revisionId: country.revisionId, decision: "reject", comment: "Lemuria is a myth." }] },
    });
    const error = await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: country.changeSetId } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteError);
    expect((error as IncompleteError).missing.map((m) => [m.revisionId, m.fieldErrors])).toEqual([
      [event.revisionId, { "countryIds.1": ['"Lemuria" is not published and is not part of this change set or another of yours.'] }],
    ]);
  });

  it("lets a draft name another editor's entry once it is published, not while it is still their draft", async () => {
    const theirs = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "COUNTRY", payload: { slug: "brunei", name: "Brunei", region: "Asia" } } });
    const payload = {
      slug: "brunei-talks",
      title: "Brunei talks",
      description: "Consultations.",
      type: "VISIT",
      start: "2018-06",
      countryIds: ["country_mongolia", theirs.entryId],
      citations: [{ sourceId: "source_seed-text", excerptId: null }],
    };
    const early = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload } }).catch((e: unknown) => e);
    expect((early as ValidationError).fieldErrors).toEqual({ "countryIds.1": [`No country has the id "${theirs.entryId}".`] });

    // Still theirs while it waits for review; a link like any other once it is published.
    await submitChangeSet({ db: t.db, actor: a.editor2, input: { changeSetId: theirs.changeSetId } });
    await expect(saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload } })).rejects.toBeInstanceOf(ValidationError);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: theirs.changeSetId }, policy: STRICT });
    const mine = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload } });
    expect(mine.missing).toEqual({});
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: mine.changeSetId } });
    expect(await statuses(mine.changeSetId)).toEqual(["SUBMITTED"]);
  });
});
