import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { NotFoundError, StateError, UnauthenticatedError } from "../src/errors.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { diffPayloads, type FieldDiff } from "../src/review/diff-payloads.ts";
import { getRevision } from "../src/review/get-revision.ts";
import { previewRevision } from "../src/review/preview-revision.ts";
import { rejectRevision } from "../src/review/reject-revision.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };
const BIDEN = "event_2011-08-biden-visit";
const SEED_TEXT = "Foreign relations of Mongolia: the seed text";

/** The fields a reviewer sees as changed, with their before and after lines. */
const changes = (diff: FieldDiff[]) => Object.fromEntries(diff.filter((d) => d.changed).map((d) => [d.field, [d.before, d.after]]));
const field = (diff: FieldDiff[], name: string) => diff.find((d) => d.field === name)!;

describe("reading a revision: who may, the diff a reviewer reads, and the preview", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  /** An excerpt as a diff names it: its text, cut after 90 characters. */
  let excerpt: (id: string) => Promise<string>;
  beforeAll(async () => {
    a = await makeActors(t.db);
    excerpt = async (id) => {
      const { text } = await t.db.excerpt.findUniqueOrThrow({ where: { id } });
      return text.length > 90 ? `${text.slice(0, 90)}…` : text;
    };
  });

  it("shows an editor their own draft with each changed field as readers would read it, against what is published", async () => {
    const base = await publishedPayload(t.db, BIDEN);
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        entryId: BIDEN,
        message: "Exact dates",
        payload: {
          ...base,
          start: "2011-08-22",
          end: "2011-08-23",
          type: "AGREEMENT",
          official: false,
          place: "",
          participants: [{ personId: "person_joe-biden", role: "U.S. Vice President" }],
          citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s05", locator: "p. 3" }, { sourceId: "source_ref-1" }],
        },
      },
    });
    const view = await getRevision({ db: t.db, actor: a.editor, input: saved });
    expect(view.revision.author).toEqual({ id: a.editor.id, name: "editor", email: "editor@atlas.test" });
    expect(view.revision.reviewer).toBeNull();
    expect(view.revision.changeSet).toMatchObject({ id: saved.changeSetId, note: null, _count: { revisions: 1 } });
    expect([view.revision.entry.id, view.revision.message, view.published?.version]).toEqual([BIDEN, "Exact dates", 1]);
    expect(view.conflict).toBe(false);

    const s05 = await excerpt("excerpt_s05");
    expect(changes(view.diff)).toEqual({
      // Enum values by their labels on the form.
      type: [["State or official visit"], ["Agreement or treaty"]],
      // Dates as the site shows them, with what was typed in brackets.
      start: [["August 2011 (2011-08)"], ["22 August 2011 (2011-08-22)"]],
      end: [[], ["23 August 2011 (2011-08-23)"]],
      // A participant: person, role at the time, and for whom.
      participants: [["Joe Biden — U.S. Vice President — for United States"], ["Joe Biden — U.S. Vice President"]],
      // A citation: the source, the quoted passage, where in the source.
      citations: [[`${SEED_TEXT} — “${s05}”`], [`${SEED_TEXT} — “${s05}” — (p. 3)`, "[1] Reference 1 of the seed text"]],
      official: [["yes"], ["no"]],
    });
    expect(field(view.diff, "start").label).toBe("Date");
    // Lists of entries by name; an emptied text field that was empty before is no change.
    expect(field(view.diff, "countryIds")).toEqual({
      field: "countryIds",
      label: "Countries involved",
      before: ["United States", "Mongolia"],
      after: ["United States", "Mongolia"],
      changed: false,
    });
    expect(field(view.diff, "place")).toMatchObject({ before: [], after: [], changed: false });

    // Another editor cannot even tell the draft exists; an admin reads it; nobody signed out does.
    await expect(getRevision({ db: t.db, actor: a.editor2, input: saved })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRevision({ db: t.db, actor: a.admin, input: saved })).resolves.toMatchObject({ revision: { id: saved.revisionId } });
    await expect(getRevision({ db: t.db, actor: null, input: saved })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("flags a draft whose entry was published again since it began, and only while it is still open", async () => {
    const base = await publishedPayload(t.db, "event_2020-qatar-memorandum");
    const mine = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, title: "Mine" } } });
    const theirs = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, title: "Theirs" } } });
    expect((await getRevision({ db: t.db, actor: a.editor, input: mine })).conflict).toBe(false);

    await submitRevision({ db: t.db, actor: a.editor2, input: theirs });
    const approved = await approveRevision({ db: t.db, actor: a.admin, input: theirs, policy: STRICT });
    expect(approved).toMatchObject({ revisionId: theirs.revisionId, entryId: "event_2020-qatar-memorandum", changeSetId: theirs.changeSetId, version: 2 });

    const stale = await getRevision({ db: t.db, actor: a.editor, input: mine });
    expect(stale.conflict).toBe(true);
    // The diff is against the version now published: their title, not the one the draft began from.
    expect(field(stale.diff, "title")).toMatchObject({ before: ["Theirs"], after: ["Mine"], changed: true });

    // Any editor reads a published revision (the entry's history); it began from version 1 too,
    // but a decided revision is no conflict.
    const history = await getRevision({ db: t.db, actor: a.editor, input: theirs });
    expect([history.revision.status, history.revision.baseVersion, history.revision.entry.version, history.conflict]).toEqual(["PUBLISHED", 1, 2, false]);
    expect(history.revision.reviewer).toEqual({ id: a.admin.id, name: "admin" });
  });

  it("shows a takedown request as every published line going away, and has no page to preview for it", async () => {
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "fact_north-korean-refugees-per-month" }, action: "UNPUBLISH" });
    const view = await getRevision({ db: t.db, actor: a.admin, input: removal });
    expect(view.revision.action).toBe("UNPUBLISH");
    expect(view.diff.every((d) => d.after.length === 0)).toBe(true);
    expect(changes(view.diff)).toMatchObject({
      subject: [["North Korean refugees entering Mongolia"], []],
      value: [["500"], []],
      approximate: [["yes"], []],
      certainty: [["Estimate"], []],
      countryId: [["North Korea"], []],
    });
    await expect(previewRevision({ db: t.db, actor: a.editor, input: removal })).rejects.toThrow(new StateError("An unpublish or delete request has no page to preview."));
  });

  it("shows a new entry's fields against nothing: figures as written, yes/no, years, the country by name", async () => {
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "FACT",
        payload: {
          subject: "Mongolian students in Japan",
          value: "1500",
          unit: "students",
          approximate: true,
          year: 2019,
          countryId: "country_japan",
          certainty: "ESTIMATE",
          citations: [{ sourceId: "source_seed-text" }],
        },
      },
    });
    const view = await getRevision({ db: t.db, actor: a.editor, input: saved });
    expect(view.published).toBeNull();
    expect(view.diff.every((d) => d.before.length === 0)).toBe(true);
    expect(changes(view.diff)).toEqual({
      subject: [[], ["Mongolian students in Japan"]],
      // A figure that happens to look like a year is still a figure.
      value: [[], ["1500"]],
      unit: [[], ["students"]],
      approximate: [[], ["yes"]],
      year: [[], ["2019"]],
      countryId: [[], ["Japan"]],
      certainty: [[], ["Estimate"]],
      citations: [[], [SEED_TEXT]],
    });
  });

  it("lists only the passages of a source that changed, numbered from 1, and names passages and entries pending in the same change set", async () => {
    const before = { slug: "notes", title: "Notes", kind: "WEB", excerpts: [{ id: "excerpt_notes1", text: "First passage.", position: 0 }] };
    const after = {
      ...before,
      excerpts: [
        { id: "excerpt_notes1", text: "First passage.", position: 0 },
        { id: "excerpt_notes2", text: "Second passage.", position: 1 },
      ],
    };
    const diff = await diffPayloads(t.db, "SOURCE", before, after);
    expect(field(diff, "excerpts")).toEqual({
      field: "excerpts",
      label: "Excerpts, word for word",
      before: [],
      after: ["2. Second passage."],
      changed: true,
      unchanged: "1 other passage unchanged",
    });
    // One word of one passage among many: that passage alone, before and after.
    const many = (edit: string) => ({
      ...before,
      excerpts: Array.from({ length: 22 }, (_, i) => ({ id: `excerpt_many${i}`, text: i === 6 ? edit : `Passage number ${i}.`, position: i })),
    });
    expect(field(await diffPayloads(t.db, "SOURCE", many("Training sessions."), many("Trainings sessions.")), "excerpts")).toMatchObject({
      before: ["7. Training sessions."],
      after: ["7. Trainings sessions."],
      unchanged: "21 other passages unchanged",
    });
    expect(field(diff, "kind")).toMatchObject({ before: ["Web page"], after: ["Web page"], changed: false });

    // Ids of entries not published yet: by the name their own drafts give them; never as an id.
    const event = { countryIds: ["country_mongolia", "country_atlantis"], citations: [{ sourceId: "source_notes", excerptId: "excerpt_notes2" }] };
    const pending = new Map([
      ["country_atlantis", "Atlantis"],
      ["source_notes", "Notes"],
      ["excerpt_notes2", "Second passage."],
    ]);
    const named = await diffPayloads(t.db, "EVENT", null, event, pending);
    expect(field(named, "countryIds").after).toEqual(["Mongolia", "Atlantis"]);
    expect(field(named, "citations").after).toEqual(["Notes — “Second passage.”"]);
    const unnamed = await diffPayloads(t.db, "EVENT", null, event);
    expect(field(unnamed, "countryIds").after).toEqual(["Mongolia", "(an entry not in the atlas)"]);
    expect(field(unnamed, "citations").after).toEqual(["(an entry not in the atlas) — “(a passage not found)”"]);
  });

  it("shows a disputed statement's other readings by their labels, with why and their sources by name", async () => {
    const base = await publishedPayload(t.db, "rel_japan");
    const after = {
      ...base,
      alternatives: [
        { value: "SUSPENDED", note: "As one report has it", citations: [{ sourceId: "source_ref-1" }, { sourceId: "source_seed-text", excerptId: "excerpt_s13" }] },
        { value: "UNOFFICIAL", note: null, citations: [] },
      ],
      preferredReason: "Most sources agree.",
    };
    const diff = await diffPayloads(t.db, "RELATIONSHIP", base, after);
    expect(field(diff, "alternatives").after).toEqual([
      `Relations suspended — As one report has it — cited: [1] Reference 1 of the seed text; ${SEED_TEXT} — “${await excerpt("excerpt_s13")}”`,
      "Unofficial relations",
    ]);
    expect(field(diff, "alternatives").before).toEqual([]);
    const facts = await diffPayloads(t.db, "FACT", null, { value: "500", alternatives: [{ value: "400", note: null, citations: [{ sourceId: "source_ref-1" }] }] });
    expect(field(facts, "alternatives").after).toEqual(["400 — cited: [1] Reference 1 of the seed text"]);
  });

  it("shows a date still being typed as typed, and empty values as no lines at all", async () => {
    const diff = await diffPayloads(t.db, "EVENT", { start: "2011", end: null, place: "", official: true }, { start: "late 2011", end: "", place: null, official: true });
    expect(field(diff, "start")).toMatchObject({ before: ["2011 (2011)"], after: ["late 2011"], changed: true });
    expect(field(diff, "end")).toMatchObject({ before: [], after: [], changed: false });
    expect(field(diff, "place")).toMatchObject({ before: [], after: [], changed: false });
    expect(field(diff, "official")).toMatchObject({ before: ["yes"], after: ["yes"], changed: false });
    expect(field(diff, "title")).toMatchObject({ label: "Title", before: [], after: [], changed: false });
  });

  it("previews the public page the revision changes without writing anything", async () => {
    const base = await publishedPayload(t.db, "rel_japan");
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "RELATIONSHIP", entryId: "rel_japan", payload: { ...base, summary: `${String(base.summary)} Previewed sentence.` } },
    });
    const before = await snapshot(t.db);
    const preview = await previewRevision({ db: t.db, actor: a.editor, input: saved });
    expect([preview.page, preview.path]).toEqual(["country", "/countries/japan"]);
    expect(JSON.stringify(preview.data)).toContain("Previewed sentence.");
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("has no page to preview for the focus country, whose page is the home page", async () => {
    const base = await publishedPayload(t.db, "country_mongolia");
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", entryId: "country_mongolia", payload: { ...base, capital: "Ulaanbaatar (UB)" } } });
    const before = await snapshot(t.db);
    expect(await previewRevision({ db: t.db, actor: a.editor, input: saved })).toEqual({ page: "none", path: null, data: null, gaps: [] });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("says what is missing when asked to preview a draft that is not complete, and writes nothing", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "half-written", title: "Half written", type: "VISIT", start: "2024" } } });
    const before = await snapshot(t.db);
    const preview = await previewRevision({ db: t.db, actor: a.editor, input: saved });
    expect(preview.page).toBe("draft");
    expect(preview.gaps).toEqual(expect.arrayContaining([{ field: "countryIds", label: "Countries involved", message: "not given yet" }]));
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("says a revision does not exist when its id matches none, whatever one tries to do with it", async () => {
    const missing = { revisionId: randomUUID() };
    const attempts = [
      getRevision({ db: t.db, actor: a.admin, input: missing }),
      previewRevision({ db: t.db, actor: a.admin, input: missing }),
      approveRevision({ db: t.db, actor: a.admin, input: missing, policy: STRICT }),
      rejectRevision({ db: t.db, actor: a.admin, input: { ...missing, comment: "No." }, final: true }),
    ];
    for (const error of await Promise.all(attempts.map((p) => p.catch((e: unknown) => e)))) {
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).message).toBe("That revision does not exist.");
    }
  });

  it("answers a rejection with the revision it decided, sent back to its author", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "bhutan", name: "Bhutan", region: "Asia" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    expect(await rejectRevision({ db: t.db, actor: a.admin, input: { ...saved, comment: "Cite a source." }, final: false })).toEqual({ revisionId: saved.revisionId });
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).status).toBe("CHANGES_REQUESTED");
  });
});
