import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { startLinkedDraft } from "../src/drafts/start-linked-draft.ts";
import { findSimilarEntries } from "../src/entries/find-similar-entries.ts";
import { labelsForPayload } from "../src/entries/labels-for-ids.ts";
import { pickerOptions } from "../src/entries/picker-options.ts";
import { ConflictError } from "../src/errors.ts";
import { makeActors } from "./support/actors.ts";

// Issue 21: creating an entry the atlas already has offers the existing one first, at the moment
// of creation (a picker's "Create …", the new-entry form), never only at approval.
describe("what the atlas already has comes first", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const similar = (kind: "COUNTRY" | "ORGANIZATION" | "SOURCE", values: string[], actor = a.editor) => findSimilarEntries({ db: t.db, actor, input: { kind, values } });

  it("finds a published entry by its name, acronym, code or other name, in any case and with or without accents", async () => {
    expect(await similar("ORGANIZATION", ["asean"])).toEqual([
      {
        entryId: "org_asean",
        label: expect.stringContaining("Association of Southeast Asian Nations"),
        field: "acronym",
        fieldLabel: expect.any(String),
        draft: false,
        changeSetId: null,
      },
    ]);
    expect((await similar("ORGANIZATION", ["Asian Development Bank"])).map((s) => [s.entryId, s.field])).toEqual([["org_asian-development-bank", "name"]]);
    expect((await similar("COUNTRY", ["mn"])).map((s) => [s.entryId, s.field])).toEqual([["country_mongolia", "iso2"]]);
    expect((await similar("COUNTRY", ["DPRK"])).map((s) => [s.entryId, s.field])).toEqual([["country_north-korea", "aliases"]]);
    expect((await similar("COUNTRY", ["Mongólia "])).map((s) => s.entryId)).toEqual(["country_mongolia"]);
    // Parts of a name are not the name: "Asian" is not the Asian Development Bank.
    expect(await similar("ORGANIZATION", ["Asian"])).toEqual([]);
  });

  it("finds the author's own drafts in any change set, by web address too, but never another editor's", async () => {
    const mine = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "SOURCE", payload: { slug: "isa-members", title: "ISA member countries", kind: "WEB", url: "https://isa.int/members" } },
    });
    expect(await similar("SOURCE", ["http://www.isa.int/members/"])).toEqual([
      { entryId: mine.entryId, label: "ISA member countries", field: "url", fieldLabel: "Web address", draft: true, changeSetId: mine.changeSetId },
    ]);
    expect(await similar("SOURCE", ["isa member countries"], a.editor2)).toEqual([]);
  });

  it("offers the existing one when a picker's “Create …” names it, and creates a new one only when asked again", async () => {
    const refused = await startLinkedDraft({ db: t.db, actor: a.editor, input: { kind: "ORGANIZATION", name: "ASEAN" } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).message).toBe(
      "The atlas already has “Association of Southeast Asian Nations (ASEAN)” with this acronym: choose it, or create a new one anyway.",
    );
    expect((refused as ConflictError).details.similar).toEqual([expect.objectContaining({ entryId: "org_asean", field: "acronym" })]);
    expect(await t.db.entry.count({ where: { kind: "ORGANIZATION", status: "DRAFT" } })).toBe(0);
    const made = await startLinkedDraft({ db: t.db, actor: a.editor, input: { kind: "ORGANIZATION", name: "ASEAN", anyway: true } });
    expect(made.label).toBe("ASEAN");
  });

  it("lists in pickers the author's drafts of other change sets, and published entries by acronym, with no ids shown", async () => {
    const source = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "SOURCE", payload: { slug: "solar-notes", title: "Solar alliance notes", kind: "WEB" } } });
    const form = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "solar-talks", title: "Solar talks" } } });
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "SOURCE", q: "solar", changeSetId: form.changeSetId } })).toEqual([
      { id: source.entryId, label: "Solar alliance notes", hint: "Your draft, in “Solar alliance notes”: this change set then waits for that one" },
    ]);
    // Another editor never sees it.
    expect(await pickerOptions({ db: t.db, actor: a.editor2, input: { kind: "SOURCE", q: "solar" } })).toEqual([]);
    const byAcronym = await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "ORGANIZATION", q: "G-77" } });
    expect(byAcronym[0]).toEqual({ id: "org_group-of-77", label: expect.stringContaining("Group of 77"), hint: expect.stringMatching(/^Same /) });
    const plain = await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", q: "qata" } });
    expect(plain).toEqual([{ id: "country_qatar", label: "Qatar" }]);
  });

  it("offers the passages of the chosen source only, numbered from 1, those of a source still being written included", async () => {
    const seed = await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT", sourceId: "source_seed-text", q: "" } });
    expect(seed).toHaveLength(22);
    expect(seed[0]).toMatchObject({ id: "excerpt_s01", hint: "Passage 1" });
    expect(seed.every((o) => !o.label.startsWith("excerpt_"))).toBe(true);
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT", sourceId: "source_ref-1", q: "" } })).toEqual([]);
    expect((await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT", sourceId: "source_seed-text", q: "trainings" } })).map((o) => o.id)).toEqual([
      "excerpt_s02",
    ]);

    const draft = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "SOURCE",
        payload: {
          slug: "pasted-notes",
          title: "Pasted notes",
          kind: "WEB",
          excerpts: [
            { id: "excerpt_a91d4f431413", text: "The pasted sentence.", position: 0 },
            { id: "excerpt_b2", text: "A second passage.", position: 1 },
          ],
        },
      },
    });
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT", sourceId: draft.entryId } })).toEqual([
      { id: "excerpt_a91d4f431413", label: "The pasted sentence.", hint: "Passage 1" },
      { id: "excerpt_b2", label: "A second passage.", hint: "Passage 2" },
    ]);
    // A form citing it shows the passage by its words, not by its id.
    expect(await labelsForPayload({ db: t.db, actor: a.editor, payload: { citations: [{ sourceId: draft.entryId, excerptId: "excerpt_a91d4f431413" }] } })).toEqual({
      [draft.entryId]: "Pasted notes",
      excerpt_a91d4f431413: "The pasted sentence.",
    });
  });
});
