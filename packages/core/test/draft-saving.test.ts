import { beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@atlas/db";
import { freshDatabase } from "@atlas/db/testing";

import { discardDraft } from "../src/drafts/discard-draft.ts";
import { requestRemoval } from "../src/drafts/request-removal.ts";
import { revertEntry } from "../src/drafts/revert-entry.ts";
import { saveAndSubmitDraft } from "../src/drafts/save-and-submit-draft.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { startLinkedDraft } from "../src/drafts/start-linked-draft.ts";
import { withdrawRevision } from "../src/drafts/withdraw-revision.ts";
import { ConflictError, IncompleteError, NotFoundError, StateError, type ValidationError } from "../src/errors.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error("it was allowed"),
    (e: unknown) => e as Error,
  );

describe("saving a draft", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  let n = 0;
  const eventPayload = (title = `Saving test ${++n}`) => ({
    slug: `saving-test-${++n}`,
    title,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar", "country_mongolia"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });

  it("gives a new entry an id of its kind, keeps it off the site, records the save and has its author watch it", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: eventPayload("Qatar forum opens"), message: "  From the embassy's note.  " } });
    expect(saved.entryId).toMatch(/^event_[0-9a-f]{12}$/);
    expect([saved.label, saved.missing]).toEqual(["Qatar forum opens", {}]);
    const entry = await t.db.entry.findUniqueOrThrow({ where: { id: saved.entryId } });
    expect([entry.kind, entry.version, entry.label]).toEqual(["EVENT", 0, "Qatar forum opens"]);
    expect(entry.status).not.toBe("PUBLISHED");
    const revision = await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect([revision.status, revision.action, revision.baseVersion, revision.authorId, revision.changeSetId, revision.message]).toEqual([
      "DRAFT",
      "UPSERT",
      0,
      a.editor.id,
      saved.changeSetId,
      "From the embassy's note.",
    ]);
    expect(revision.updatedAt.toISOString()).toBe(saved.updatedAt);
    expect(await t.db.watch.count({ where: { userId: a.editor.id, entryId: saved.entryId } })).toBe(1);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { targetId: saved.revisionId } });
    expect([audit.action, audit.actorId, audit.targetType, audit.data]).toEqual([
      "revision.save",
      a.editor.id,
      "Revision",
      { entryId: saved.entryId, kind: "EVENT", label: "Qatar forum opens", draftVersion: 1 },
    ]);
  });

  it("keeps one open draft per editor and entry: saving the entry again updates it, and a new entry's name follows its title", async () => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: eventPayload("First title") } });
    const again = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: first.entryId, payload: eventPayload("Second title"), message: "   " } });
    expect([again.revisionId, again.changeSetId, again.label]).toEqual([first.revisionId, first.changeSetId, "Second title"]);
    expect(await t.db.revision.count({ where: { entryId: first.entryId } })).toBe(1);
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: first.revisionId } })).message).toBeNull();
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: first.entryId } })).label).toBe("Second title");
    expect(await t.db.auditLog.count({ where: { targetId: first.revisionId, action: "revision.save" } })).toBe(2);
    // Never published, the entry is its author's: another editor's save of it is refused.
    await expect(saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId: first.entryId, payload: eventPayload("Their title") } })).rejects.toThrow(
      "That entry does not exist.",
    );
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: first.revisionId } })).label).toBe("Second title");
  });

  it("opens one draft, not two, when an editor saves the same entry twice at once (a double click)", async () => {
    const entryId = "event_2020-qatar-memorandum";
    const base = await publishedPayload(t.db, entryId);
    // Two requests, each with a connection pool of its own, as two app processes would have.
    const pools = [createDb(t.url, { max: 2 }), createDb(t.url, { max: 2 })];
    try {
      const [one, two] = await Promise.all(pools.map((db, i) => saveDraft({ db, actor: a.editor2, input: { kind: "EVENT", entryId, payload: { ...base, place: `Click ${i}` } } })));
      expect(one!.revisionId).toBe(two!.revisionId);
    } finally {
      await Promise.all(pools.map((db) => db.$disconnect()));
    }
    const drafts = await t.db.revision.findMany({ where: { entryId, authorId: a.editor2.id } });
    expect(drafts).toHaveLength(1);
    await discardDraft({ db: t.db, actor: a.editor2, input: { revisionId: drafts[0]!.id } });
  });

  it("accepts a new entry's first save based on no draft: there is nothing newer to conflict with", async () => {
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", baseDraftVersion: 0, payload: eventPayload("Opened a minute ago") },
    });
    expect(saved.label).toBe("Opened a minute ago");
  });

  it("starts an edit of a published entry from its current version and leaves the public name alone until approval", async () => {
    const entryId = "event_2011-08-biden-visit";
    const before = await t.db.entry.findUniqueOrThrow({ where: { id: entryId } });
    const base = await publishedPayload(t.db, entryId);
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId, payload: { ...base, title: "A retitled visit" } } });
    const revision = await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect([revision.baseVersion, revision.label]).toEqual([before.version, "A retitled visit"]);
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: entryId } })).toEqual(before);
    await discardDraft({ db: t.db, actor: a.editor, input: saved });
  });

  it("keeps a draft in its own change set when a save names another, and marks the set as just worked on", async () => {
    const one = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: eventPayload() } });
    const other = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: eventPayload() } });
    const setBefore = await t.db.changeSet.findUniqueOrThrow({ where: { id: one.changeSetId } });
    const again = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: one.revisionId, changeSetId: other.changeSetId, payload: eventPayload() } });
    expect(again.changeSetId).toBe(one.changeSetId);
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: one.revisionId } })).changeSetId).toBe(one.changeSetId);
    const setAfter = await t.db.changeSet.findUniqueOrThrow({ where: { id: one.changeSetId } });
    expect(setAfter.updatedAt.getTime()).toBeGreaterThan(setBefore.updatedAt.getTime());
  });

  it("continues the newest of an editor's drafts of an entry, and never turns a removal request into an edit", async () => {
    const entryId = "event_2020-qatar-memorandum";
    const base = await publishedPayload(t.db, entryId);
    const older = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId, payload: { ...base, place: "Older draft" } } });
    const reverted = await revertEntry({ db: t.db, actor: a.editor, input: { entryId, toVersion: 1 } });
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId, payload: { ...base, place: "Newest draft" } } });
    expect(saved.revisionId).toBe(reverted.revisionId);
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: older.revisionId } })).payload).toMatchObject({ place: "Older draft" });
    for (const r of [older, reverted]) await discardDraft({ db: t.db, actor: a.editor, input: r });

    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId }, action: "UNPUBLISH" });
    await withdrawRevision({ db: t.db, actor: a.editor, input: removal });
    const edit = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId, payload: { ...base, place: "An edit" } } });
    expect(edit.revisionId).not.toBe(removal.revisionId);
    const request = await t.db.revision.findUniqueOrThrow({ where: { id: removal.revisionId } });
    expect([request.action, request.status, (request.payload as { place: unknown }).place]).toEqual(["UNPUBLISH", "DRAFT", base.place]);
  });

  it("refuses an unknown entry, an entry of another kind and a deleted entry with a reason, and saves nothing", async () => {
    const fact = "fact_china-share-of-mongolian-exports";
    const deletion = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: fact }, action: "DELETE" });
    await approveRevision({ db: t.db, actor: a.admin, input: deletion, policy: STRICT });
    const factPayload = await publishedPayload(t.db, "fact_north-korean-refugees-per-month");
    const before = await snapshot(t.db);
    const cases: [() => Promise<unknown>, typeof NotFoundError | typeof StateError, string][] = [
      [
        () => saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: "event_never-written", payload: eventPayload() } }),
        NotFoundError,
        "That entry does not exist.",
      ],
      [
        () => saveDraft({ db: t.db, actor: a.editor, input: { kind: "PERSON", entryId: "country_qatar", payload: { slug: "qatar", name: "Qatar" } } }),
        StateError,
        "That entry is a country, not a person.",
      ],
      [
        () => saveDraft({ db: t.db, actor: a.editor, input: { kind: "FACT", entryId: fact, payload: factPayload } }),
        StateError,
        "That entry was deleted; revert it from its history first.",
      ],
    ];
    for (const [attempt, type, message] of cases) {
      const error = await failure(attempt());
      expect(error, message).toBeInstanceOf(type);
      expect(error.message).toBe(message);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("tells a second tab when its copy is older, naming when the newer one was saved and returning both texts", async () => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "tab-test", description: "Tab A." } } });
    const newer = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: first.revisionId, payload: { slug: "tab-test", description: "Tab B." } } });
    const before = await snapshot(t.db);
    const stale = await failure(
      saveDraft({
        db: t.db,
        actor: a.editor,
        input: { kind: "EVENT", revisionId: first.revisionId, baseDraftVersion: first.draftVersion, payload: { slug: "tab-test", description: "Late A." } },
      }),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.message).toBe(`This draft was saved elsewhere at ${newer.updatedAt.slice(11, 19)} UTC (another tab?). Both texts are kept: choose or merge them.`);
    expect((stale as ConflictError).details).toEqual({
      revisionId: first.revisionId,
      draftVersion: newer.draftVersion,
      savedAt: newer.updatedAt,
      saved: { slug: "tab-test", description: "Tab B." },
      savedMessage: null,
      base: first.draftVersion,
    });
    expect(await snapshot(t.db)).toEqual(before);
    // The same save from the newer copy goes through.
    await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: first.revisionId, baseDraftVersion: newer.draftVersion, payload: { slug: "tab-test", description: "B again." } },
    });
  });

  it("refuses a form it cannot read, and says which of the request's own fields are wrong", async () => {
    const before = await snapshot(t.db);
    for (const payload of [null, undefined, "a title", 42, [{ title: "x" }]]) {
      const error = await failure(saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload } }));
      expect((error as ValidationError).fieldErrors, JSON.stringify(payload)).toEqual({ "": ["The form could not be read. Reload the page and try again."] });
    }
    const fields = async (input: Record<string, unknown>) =>
      ((await failure(saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "x" }, ...input } }))) as ValidationError).fieldErrors;
    expect(await fields({ message: "x".repeat(1001) })).toEqual({ message: ["At most 1,000 characters."] });
    expect(await fields({ message: "bad\u0000text" })).toEqual({ message: ["Contains control characters."] });
    expect(await fields({ changeSetId: "set-1" })).toEqual({ changeSetId: ["Not a valid change set."] });
    expect(await fields({ baseDraftVersion: "this morning" })).toEqual({ baseDraftVersion: ["Not a valid draft version."] });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("saves what is merely unfinished and refuses what could never be stored", async () => {
    const before = await snapshot(t.db);
    const refused = async (payload: Record<string, unknown>) =>
      ((await failure(saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload } }))) as ValidationError).fieldErrors;
    expect(await refused({ slug: "x", colour: "red", size: 3 })).toEqual({ "": ["Unknown fields: colour, size."] });
    expect(Object.keys(await refused({ slug: "x", title: "t".repeat(201) }))).toEqual(["title"]);
    expect(await refused({ slug: "x", title: "Broken\u0007title" })).toEqual({ title: ["Contains control characters."] });
    expect(Object.keys(await refused({ slug: "x", type: "PARTY" }))).toEqual(["type"]);
    expect(Object.keys(await refused({ slug: "x", countryIds: "country_qatar" }))).toEqual(["countryIds"]);
    // A blank item in a list does not hide a link to nothing beside it.
    expect(Object.values(await refused({ slug: "x", countryIds: [null, "country_atlantis"] })).flat()).toEqual(['No country has the id "country_atlantis".']);
    expect(await snapshot(t.db)).toEqual(before);

    const unfinished = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", payload: { slug: "Not A Slug", title: "   ", type: "", start: null, end: "2001", description: "Dates to check.", countryIds: "  " } },
    });
    expect(Object.keys(unfinished.missing).sort()).toEqual(["citations", "countryIds", "slug", "start", "title", "type"]);
    const backwards = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", payload: { ...eventPayload("Backwards dates"), start: "2010", end: "2009" } },
    });
    expect(backwards.missing).toEqual({ end: ["An event cannot end before it starts."] });
    expect(backwards.label).toBe("Backwards dates");
  });

  it("saves a draft whose lists arrived blank, null or with empty items, as lists still to fill in", async () => {
    const lists: Record<string, unknown>[] = [
      { countryIds: null },
      { countryIds: "  " },
      { countryIds: [null, "country_qatar"] },
      { organizationIds: "" },
      { participants: "" },
      { participants: [null] },
      { citations: "" },
      { citations: [null] },
      { citations: [{ sourceId: null }] },
      { participants: [{ personId: "", role: "HEAD_OF_STATE" }] },
    ];
    for (const list of lists) {
      const field = Object.keys(list)[0]!;
      const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "blank-lists", title: "Blank lists", ...list } } });
      expect(
        Object.keys(saved.missing).some((k) => k.startsWith(field)),
        JSON.stringify(list),
      ).toBe(true);
      expect(saved.label).toBe("Blank lists");
      expect((await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).payload).toMatchObject(list);
    }
  });

  it("names an unfinished draft by what has been typed, or as a new entry of its kind", async () => {
    const label = async (kind: "EVENT" | "RELATIONSHIP" | "MEMBERSHIP" | "MISSION" | "PERSON" | "ORGANIZATION", payload: Record<string, unknown>) =>
      (await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload } })).label;
    expect(await label("EVENT", { slug: "spaced", title: "  Talks in Doha  " })).toBe("Talks in Doha");
    expect(await label("PERSON", { slug: "nobody-yet" })).toBe("New person");
    expect(await label("RELATIONSHIP", { subjectId: "country_mongolia" })).toBe("New relationship");
    expect(await label("RELATIONSHIP", { counterpartId: "country_qatar" })).toBe("New relationship");
    expect(await label("RELATIONSHIP", { subjectId: "country_mongolia", counterpartId: "country_qatar" })).toBe("Mongolia – Qatar relations");
    // Labels made of several fields wait for all of them.
    expect(await label("MEMBERSHIP", {})).toBe("New membership");
    expect(await label("MEMBERSHIP", { countryId: "country_qatar" })).toBe("New membership");
    expect(await label("MEMBERSHIP", { countryId: "country_qatar", organizationId: "org_united-nations" })).toBe("Qatar in United Nations (UN) (member)");
    expect(await label("MISSION", { city: "Doha" })).toBe("New mission");
    expect(await label("ORGANIZATION", { acronym: "GCC" })).toBe("New organisation");
    // A field that may stay empty is not waited for.
    expect(await label("ORGANIZATION", { slug: "gulf-forum", name: "Gulf Forum" })).toBe("Gulf Forum");
  });
});

describe("creating an entry from a picker", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("drafts the missing entry named as typed, with an address made from the name, in the form's change set", async () => {
    const country = await startLinkedDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", name: "  Côte d'Ivoire  " } });
    expect(Object.keys(country).sort()).toEqual(["changeSetId", "entryId", "label", "revisionId"]);
    expect(country.entryId).toMatch(/^country_[0-9a-f]{12}$/);
    expect(country.label).toBe("Côte d'Ivoire");
    const stored = await t.db.revision.findUniqueOrThrow({ where: { id: country.revisionId } });
    expect([stored.status, stored.authorId, stored.changeSetId, stored.payload]).toEqual([
      "DRAFT",
      a.editor.id,
      country.changeSetId,
      { name: "Côte d'Ivoire", slug: "cote-d-ivoire" },
    ]);

    const event = await startLinkedDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", name: "Ivorian delegation visits", changeSetId: country.changeSetId } });
    expect(event.changeSetId).toBe(country.changeSetId);
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: event.revisionId } })).payload).toEqual({ title: "Ivorian delegation visits", slug: "ivorian-delegation-visits" });
    const organisation = await startLinkedDraft({ db: t.db, actor: a.editor, input: { kind: "ORGANIZATION", name: "Gulf Forum" } });
    expect(organisation.entryId).toMatch(/^org_/);
    expect(organisation.changeSetId).not.toBe(country.changeSetId);
  });

  it("refuses kinds that have no name to create them by, an empty name and a name too long, creating nothing", async () => {
    const before = await snapshot(t.db);
    for (const [kind, one] of [
      ["FACT", "fact"],
      ["MEMBERSHIP", "membership"],
      ["MISSION", "mission"],
      ["RELATIONSHIP", "relationship"],
    ] as const) {
      const error = await failure(startLinkedDraft({ db: t.db, actor: a.editor, input: { kind, name: "Something" } }));
      expect((error as ValidationError).fieldErrors).toEqual({ kind: [`A ${one} cannot be created from a picker.`] });
    }
    const fields = async (input: { kind: "PERSON"; name: string }) => ((await failure(startLinkedDraft({ db: t.db, actor: a.editor, input }))) as ValidationError).fieldErrors;
    expect(await fields({ kind: "PERSON", name: "   " })).toEqual({ name: ["Type its name first."] });
    expect(await fields({ kind: "PERSON", name: "n".repeat(301) })).toEqual({ name: ["At most 300 characters."] });
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("saving and submitting in one step", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("sends a complete draft straight to review", async () => {
    const saved = await saveAndSubmitDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        payload: {
          slug: "one-step",
          title: "One-step event",
          description: "A test event.",
          type: "VISIT",
          start: "2024",
          countryIds: ["country_qatar", "country_mongolia"],
          citations: [{ sourceId: "source_seed-text", excerptId: null }],
        },
      },
    });
    expect(saved.label).toBe("One-step event");
    const revision = await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(revision.status).toBe("SUBMITTED");
    expect(revision.submittedAt).not.toBeNull();
  });

  it("saves nothing when the submission is refused, so no half-done state is left behind", async () => {
    const before = await snapshot(t.db);
    const error = await failure(saveAndSubmitDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "not-ready", title: "Not ready" } } }));
    expect(error).toBeInstanceOf(IncompleteError);
    expect((error as IncompleteError).missing.map((m) => m.label)).toEqual(["Not ready"]);
    expect(await snapshot(t.db)).toEqual(before);
    const bad = await failure(saveAndSubmitDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "x" }, revisionId: "r1" } }));
    expect((bad as ValidationError).fieldErrors).toEqual({ revisionId: ["Not a valid revision."] });
  });
});
