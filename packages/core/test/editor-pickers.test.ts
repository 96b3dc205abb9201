import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { getFocusCountry } from "../src/entries/focus-country.ts";
import { getEntryForEdit } from "../src/entries/get-entry-for-edit.ts";
import { labelsForPayload } from "../src/entries/labels-for-ids.ts";
import { qualifierNote } from "../src/entries/labels.ts";
import { listEntries } from "../src/entries/list-entries.ts";
import { pickerOptions } from "../src/entries/picker-options.ts";
import { planSearchRefresh } from "../src/entries/search-refresh.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

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
    // From another piece of work it is offered as the editor's draft elsewhere (that work then waits for it).
    expect(await pick(a.editor, { kind: "COUNTRY", q: "lemur" })).toEqual([
      { id: lemuria.entryId, label: "Lemuria", hint: "Your draft, in “Lemuria”: this change set then waits for that one" },
    ]);
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
    expect(note("Channel One Russia")).toBe("according to Channel One Russia");
    expect(qualifierNote({ certainty: "STATED", attribution: "", official: true })).toBeNull();
  });
});

describe("an editor's list of entries and the entry they open", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const STRICT = { allowSelfApproval: false };

  it("shows each entry's name, state and version", async () => {
    const [row] = (await listEntries({ db: t.db, actor: a.editor, input: { q: "event_2011-08-biden-visit" } })).rows;
    expect(row).toMatchObject({ id: "event_2011-08-biden-visit", kind: "EVENT", label: "Vice President Joe Biden visits Mongolia", status: "PUBLISHED", version: 1 });
  });

  it("pages through entries changed at the same instant in id order, forwards and back, none lost or repeated", async () => {
    // A restore or an import writes many entries in one statement: the same instant for all.
    await t.db.$executeRaw`UPDATE "Entry" SET "updatedAt" = '2030-01-01T00:00:00Z' WHERE "id" IN (SELECT "id" FROM "Entry" ORDER BY "id" DESC LIMIT 120)`;
    const pages: string[][] = [];
    let page = await listEntries({ db: t.db, actor: a.editor });
    const cursors: (string | null)[] = [];
    for (;;) {
      pages.push(page.rows.map((r) => r.id));
      cursors.push(page.previous);
      if (!page.next) break;
      page = await listEntries({ db: t.db, actor: a.editor, input: { after: page.next } });
    }
    const tied = (await t.db.entry.findMany({ where: { updatedAt: new Date("2030-01-01T00:00:00Z") }, orderBy: { id: "asc" }, select: { id: true } })).map((e) => e.id);
    expect(tied).toHaveLength(120);
    expect(pages.flat().slice(0, 120)).toEqual(tied);
    expect(new Set(pages.flat()).size).toBe(await t.db.entry.count());
    // Back from the last page, each page as it was on the way forward.
    for (let i = pages.length - 1; i > 0; i--) {
      const back = await listEntries({ db: t.db, actor: a.editor, input: { before: cursors[i]! } });
      expect(back.rows.map((r) => r.id)).toEqual(pages[i - 1]);
    }
  });

  it("opens an entry at what is published once the editor's draft of it is; a new entry of someone else's does not exist for them", async () => {
    const base = await publishedPayload(t.db, "event_2011-elbegdorj-visits-japan");
    const mine = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", entryId: "event_2011-elbegdorj-visits-japan", payload: { ...base, description: "Approved text." } },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: mine });
    await approveRevision({ db: t.db, actor: a.admin, input: mine, policy: STRICT });
    const opened = await getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: "event_2011-elbegdorj-visits-japan" } });
    expect([opened.draft, (opened.payload as { description: string }).description, opened.publishedVersion]).toEqual([null, "Approved text.", 2]);

    const theirs = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "COUNTRY", payload: { slug: "hyperborea", name: "Hyperborea", region: "Europe" } } });
    await expect(getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: theirs.entryId } })).rejects.toThrow("That entry does not exist.");
  });

  it("stops offering the editor's draft of an entry that has since been deleted", async () => {
    const mu = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "mu", name: "Mu", region: "Asia" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: mu });
    await approveRevision({ db: t.db, actor: a.admin, input: mu, policy: STRICT });
    const edit = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "COUNTRY", entryId: mu.entryId, payload: { slug: "mu", name: "Mu", region: "Asia", capital: "Lost" } },
    });
    // Published: offered as published (not as new), once.
    expect((await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", q: "mu", changeSetId: edit.changeSetId } })).filter((o) => o.id === mu.entryId)).toEqual([
      { id: mu.entryId, label: "Mu" },
    ]);
    const removal = await requestRemoval({ db: t.db, actor: a.editor2, input: { entryId: mu.entryId }, action: "DELETE" });
    await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", q: "mu", changeSetId: edit.changeSetId } })).not.toContainEqual(
      expect.objectContaining({ id: mu.entryId }),
    );
  });

  it("finds nothing to re-index for an entry no other entry can quote, or one no longer in the database", async () => {
    expect(await planSearchRefresh(t.db, "event_2011-08-biden-visit")).toBe(0);
    // A job queued before a restore from an older backup may name an entry that is gone.
    expect(await planSearchRefresh(t.db, "country_atlantis")).toBe(0);
  });
});
