import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { getFocusCountry } from "../src/entries/focus-country.ts";
import { labelsForPayload } from "../src/entries/labels-for-ids.ts";
import { qualifierNote } from "../src/entries/labels.ts";
import { pickerOptions } from "../src/entries/list-entries.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors } from "./support/actors.ts";

// What an editor's form shows while they fill it in: the choices of a picker (their own new
// entries of the change set too), passages by their text, names in place of ids.

const text = (n: number) => `A passage of exactly the length shown in a picker${".".repeat(n - 49)}`;

describe("pickers and names in an editor's form", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("offers the editor's own new entries of the change set being written, marked as new, and no one else's", async () => {
    const lemuria = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "lemuria", name: "Lemuria", region: "Asia" } } });
    const pick = (actor: typeof a.editor, input: Parameters<typeof pickerOptions>[0]["input"]) => pickerOptions({ db: t.db, actor, input });
    expect(await pick(a.editor, { kind: "COUNTRY", q: "lemur", changeSetId: lemuria.changeSetId })).toEqual([
      { id: lemuria.entryId, label: "Lemuria", hint: "New, in this change set" },
    ]);
    // Listed before the published ones that match too.
    const both = await pick(a.editor, { kind: "COUNTRY", q: "l", changeSetId: lemuria.changeSetId });
    expect(both[0]).toEqual({ id: lemuria.entryId, label: "Lemuria", hint: "New, in this change set" });
    expect(both.length).toBeGreaterThan(1);
    expect(await pick(a.editor2, { kind: "COUNTRY", q: "lemur", changeSetId: lemuria.changeSetId })).toEqual([]);
    expect(await pick(a.editor, { kind: "COUNTRY", q: "lemur" })).toEqual([]);
    expect(await pick(a.editor, { kind: "PERSON", q: "lemur", changeSetId: lemuria.changeSetId })).toEqual([]);
    expect(await pick(a.editor, { kind: "COUNTRY", q: "atlantis", changeSetId: lemuria.changeSetId })).toEqual([]);
    // Once submitted it waits for review: no longer the editor's to link from this form.
    await submitRevision({ db: t.db, actor: a.editor, input: lemuria });
    expect(await pick(a.editor, { kind: "COUNTRY", q: "lemur", changeSetId: lemuria.changeSetId })).toEqual([]);
  });

  it("shows a passage whole up to the length a picker shows, and shortened beyond it, in pickers and in names", async () => {
    const source = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "SOURCE",
        payload: {
          slug: "boundary-passages",
          title: "Boundary passages",
          kind: "DOCUMENT",
          excerpts: [
            { id: "excerpt_boundary-long", text: text(141), position: 2 },
            { id: "excerpt_boundary-exact", text: text(140), position: 1 },
          ],
        },
      },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: source });
    await approveRevision({ db: t.db, actor: a.admin, input: source, policy: { allowSelfApproval: false } });
    const shortened = `${text(141).slice(0, 140)}…`;
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT", q: "exactly the length" } })).toEqual([
      { id: "excerpt_boundary-exact", label: text(140), hint: "Boundary passages" },
      { id: "excerpt_boundary-long", label: shortened, hint: "Boundary passages" },
    ]);
    expect(
      await labelsForPayload({ db: t.db, actor: a.editor, payload: { citations: [{ excerptId: "excerpt_boundary-exact" }, { excerptId: "excerpt_boundary-long" }] } }),
    ).toEqual({
      "excerpt_boundary-exact": text(140),
      "excerpt_boundary-long": shortened,
    });
    // With no text, every source's passages in the order they come in it, source by source.
    const first = await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT" } });
    const seed = await t.db.excerpt.findMany({ where: { sourceId: "source_seed-text" }, orderBy: { position: "asc" }, take: 18, select: { id: true } });
    expect(first.map((o) => o.id)).toEqual(["excerpt_boundary-exact", "excerpt_boundary-long", ...seed.map((e) => e.id)]);
  });

  it("names every entry an id in the form points to, however deep, and ignores text that only looks like one", async () => {
    expect(
      await labelsForPayload({
        db: t.db,
        actor: a.editor,
        payload: {
          participants: [{ personId: "person_joe-biden", role: "U.S. Vice President", countryId: "country_united-states" }],
          linked: "event_2011-08-biden-visit",
          notes: ["country_nowhere", "Qatar", "country_qatar!"],
        },
      }),
    ).toEqual({
      "person_joe-biden": "Joe Biden",
      "country_united-states": "United States",
      "event_2011-08-biden-visit": "Vice President Joe Biden visits Mongolia",
    });
  });

  it("knows the atlas's focus country", async () => {
    expect(await getFocusCountry({ db: t.db })).toEqual({ id: "country_mongolia", label: "Mongolia" });
  });
});

describe("the focus country before the seed import has set up the site", () => {
  const t = freshDatabase("seeded");
  it("is not known yet", async () => {
    await t.db.site.deleteMany();
    expect(await getFocusCountry({ db: t.db })).toBeNull();
  });
});

describe("how an attribution reads inside a sentence", () => {
  const note = (attribution: string, certainty: "STATED" | "ESTIMATE" = "STATED") => qualifierNote({ certainty, attribution, official: true });
  it("lowers the capital of a common phrase (“One …”, “Reports …”), never of an acronym or a two-word name; an empty one says nothing", () => {
    expect(note("One Western diplomat", "ESTIMATE")).toBe("estimate by one Western diplomat");
    expect(note("ONE source")).toBe("according to one source");
    expect(note("Reports in Western Media")).toBe("according to reports in Western Media");
    expect(note("UNESCO Experts")).toBe("according to UNESCO Experts");
    expect(qualifierNote({ certainty: "STATED", attribution: "", official: true })).toBeNull();
  });
});
