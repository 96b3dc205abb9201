import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { searchEntries } from "../src/entries/search-entries.ts";
import { UnauthenticatedError } from "../src/errors.ts";
import { makeActors } from "./support/actors.ts";

// Issue 21: "The admin's entry search finds names only: a phrase from a passage ('trainings
// sessions') finds nothing."
describe("the admin's search: every text of drafts and published entries, forgiving like the public one", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  let draft: Awaited<ReturnType<typeof saveDraft>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
    draft = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        payload: {
          slug: "zanabazar-exhibition",
          title: "Exhibition in Ulaanbaatar",
          description: "A loan of the Zanabazar bronzes to the Musée Guimet.",
          countryIds: ["country_mongolia"],
        },
      },
    });
  });
  const search = (q: string, actor = a.editor, more: Record<string, string> = {}) => searchEntries({ db: t.db, actor, input: { q, ...more } });
  const found = async (q: string, actor = a.editor, more: Record<string, string> = {}) => (await search(q, actor, more)).hits.map((h) => h.entryId);

  it("finds a phrase of a passage, with the words marked where it was found", async () => {
    const result = await search("trainings sessions");
    const source = result.hits.find((h) => h.entryId === "source_seed-text");
    expect(source).toMatchObject({ kind: "SOURCE", label: "Foreign relations of Mongolia: the seed text", status: "PUBLISHED", foundIn: "published" });
    expect(source!.snippet).toContain("attend \u0001trainings\u0002 \u0001sessions\u0002 on anti-terrorism");
    // The sentence's event and relationship say it in their own words; no slug or fixed choice shows in a snippet.
    expect(result.hits.map((h) => h.entryId).sort()).toEqual(["event_2001-police-training-in-egypt", "rel_egypt", "source_seed-text"]);
    expect(result.hits.map((h) => h.snippet).join(" ")).not.toMatch(/COOPERATION|police-training-in-egypt|STATED/);
  });

  it("finds descriptions and notes, ignoring case, accents and word endings", async () => {
    expect(await found("POLICEMEN")).toContain("source_seed-text");
    expect(await found("MUSEE GUIMET")).toEqual([draft.entryId]);
    expect(await found("bronze")).toEqual([draft.entryId]);
  });

  it("shows an editor their own drafts and what is published, an admin everyone's drafts", async () => {
    expect(await found("zanabazar", a.editor2)).toEqual([]);
    const mine = (await search("zanabazar")).hits[0]!;
    expect(mine).toMatchObject({ entryId: draft.entryId, foundIn: "draft", revisionId: draft.revisionId, revisionStatus: "DRAFT", status: "DRAFT" });
    expect(await found("zanabazar", a.admin)).toEqual([draft.entryId]);
    await expect(search("zanabazar", null as never)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("lists each entry once, at the version where the words are, published or draft", async () => {
    const edit = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "COUNTRY",
        entryId: "country_qatar",
        payload: { slug: "qatar", name: "Qatar", region: "Asia", summary: "Relations grew with the Hamad port agreement." },
      },
    });
    expect((await search("hamad port")).hits.map((h) => [h.entryId, h.foundIn, h.revisionId])).toEqual([["country_qatar", "draft", edit.revisionId]]);
    expect((await search("qatar", a.editor, { kind: "COUNTRY" })).hits.filter((h) => h.entryId === "country_qatar")).toHaveLength(1);
    expect(await found("hamad port", a.editor2)).toEqual([]);
  });

  it("reads a half-typed word as its beginning, and offers the nearest known word for a misspelling", async () => {
    const typing = await search("policem");
    expect(typing.prefixMatched).toBe(true);
    expect(typing.hits.map((h) => h.entryId)).toContain("source_seed-text");
    const misspelt = await search("Mongloia");
    expect(misspelt.suggestion).toBe("mongolia");
    expect(misspelt.hits.length).toBeGreaterThan(0);
    expect(await search("")).toMatchObject({ hits: [], total: 0 });
  });

  it("narrows to a kind and a status, and pages", async () => {
    const events = await search("mongolia", a.admin, { kind: "EVENT" });
    expect(events.hits.length).toBeGreaterThan(0);
    expect(events.hits.every((h) => h.kind === "EVENT")).toBe(true);
    const all = await search("mongolia", a.admin);
    expect(all.total).toBeGreaterThan(all.hits.length);
    const two = await search("mongolia", a.admin, { page: "2" });
    expect(two.hits.length).toBeGreaterThan(0);
    expect(two.hits.map((h) => h.entryId).some((id) => all.hits.map((h) => h.entryId).includes(id))).toBe(false);
    expect((await search("zanabazar", a.admin, { status: "PUBLISHED" })).hits).toEqual([]);
  });
});
