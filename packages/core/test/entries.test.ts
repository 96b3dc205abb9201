import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { getEntryForEdit } from "../src/entries/get-entry-for-edit.ts";
import { labelsForPayload } from "../src/entries/labels-for-ids.ts";
import { qualifierNote } from "../src/entries/labels.ts";
import { ENTRIES_PAGE_SIZE, listCountryChoices, listEntries } from "../src/entries/list-entries.ts";
import { pickerOptions } from "../src/entries/picker-options.ts";
import { NotFoundError, StateError } from "../src/errors.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

// What editors see when they look for entries to edit, pick linked entries in a form, and open
// an entry: lists, filters, pages, pickers, their own drafts, and the reasons a save is refused.

describe("how a statement's qualifiers read", () => {
  it("says who estimated or claimed it, whether it is official, and nothing for a plain stated fact", () => {
    const q = (certainty: "STATED" | "ESTIMATE" | "CLAIM", attribution: string | null = null, official = true) => qualifierNote({ certainty, attribution, official });
    expect(q("STATED")).toBeNull();
    expect(q("ESTIMATE")).toBe("estimate");
    expect(q("CLAIM")).toBe("unverified claim");
    expect(q("ESTIMATE", "One scholar")).toBe("estimate by one scholar");
    expect(q("CLAIM", "Local newspapers")).toBe("claim by local newspapers");
    expect(q("STATED", "The Foreign Ministry")).toBe("according to The Foreign Ministry");
    expect(q("STATED", "UN agencies")).toBe("according to UN agencies");
    expect(q("STATED", "Analysts  ")).toBe("according to analysts");
    expect(q("STATED", null, false)).toBe("unofficial");
    expect(q("ESTIMATE", "Analysts", false)).toBe("estimate by analysts; unofficial");
  });
});

describe("finding and opening entries", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("lists entries recently changed first, by kind, status or text in the label or the exact id, with the count", async () => {
    const all = await listEntries({ db: t.db, actor: a.editor });
    expect(all.rows).toHaveLength(ENTRIES_PAGE_SIZE);
    expect(all.total).toBe(await t.db.entry.count());
    const times = all.rows.map((r) => r.updatedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const countries = await listEntries({ db: t.db, actor: a.editor, input: { kind: "COUNTRY" } });
    expect(countries.total).toBe(await t.db.entry.count({ where: { kind: "COUNTRY" } }));
    expect(new Set(countries.rows.map((r) => r.kind))).toEqual(new Set(["COUNTRY"]));
    expect((await listEntries({ db: t.db, actor: a.editor, input: { q: "nORTH kOREA", kind: "COUNTRY" } })).rows.map((r) => r.id)).toEqual(["country_north-korea"]);
    expect((await listEntries({ db: t.db, actor: a.editor, input: { q: "EVENT_2011-08-BIDEN-VISIT" } })).rows.map((r) => r.id)).toEqual(["event_2011-08-biden-visit"]);
    expect((await listEntries({ db: t.db, actor: a.editor, input: { status: "DRAFT" } })).total).toBe(0);
    // Filters the list cannot use are ignored, as the address bar may carry anything.
    const odd = await listEntries({ db: t.db, actor: a.editor, input: { kind: "TREATY", status: "LOST" } });
    expect([odd.total, odd.filter.kind, odd.filter.status]).toEqual([all.total, undefined, undefined]);
    await expect(listEntries({ db: t.db, actor: null })).rejects.toThrow();
  });

  it("pages through every entry once, forwards and back, and counts open revisions", async () => {
    const total = await t.db.entry.count();
    const seen: string[] = [];
    let page = await listEntries({ db: t.db, actor: a.editor });
    expect(page.previous).toBeNull();
    const first = page.rows.map((r) => r.id);
    for (;;) {
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      page = await listEntries({ db: t.db, actor: a.editor, input: { after: page.next } });
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // And back from the second page to the first.
    const second = await listEntries({ db: t.db, actor: a.editor, input: { after: (await listEntries({ db: t.db, actor: a.editor })).next! } });
    expect(second.previous).not.toBeNull();
    const back = await listEntries({ db: t.db, actor: a.editor, input: { before: second.previous! } });
    expect(back.rows.map((r) => r.id)).toEqual(first);
    expect(back.previous).toBeNull();

    const base = await publishedPayload(t.db, "event_2011-08-biden-visit");
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: "event_2011-08-biden-visit", payload: { ...base, description: "Edited." } } });
    const listed = (await listEntries({ db: t.db, actor: a.editor, input: { q: "event_2011-08-biden-visit" } })).rows[0]!;
    expect(listed._count.revisions).toBe(1);
    expect((await listEntries({ db: t.db, actor: a.editor, input: { q: "event_2011-elbegdorj-visits-japan" } })).rows[0]!._count.revisions).toBe(0);
  });

  it("offers published entries of one kind in pickers, matching the name, the id or a code, by name, showing no id", async () => {
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", q: "qata" } })).toEqual([{ id: "country_qatar", label: "Qatar" }]);
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", q: "COUNTRY_QATAR" } })).toEqual([{ id: "country_qatar", label: "Qatar" }]);
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", q: "qat" } })).toEqual([
      { id: "country_qatar", label: "Qatar", hint: "Same ISO 3166 alpha-3" },
    ]);
    expect(await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "ORGANIZATION", q: "qat" } })).toEqual([]);
    const many = await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "ORGANIZATION" } });
    expect(many).toHaveLength(20);
    expect(many.map((o) => o.label)).toEqual([...many.map((o) => o.label)].sort((x, y) => (x < y ? -1 : 1)));
    await expect(pickerOptions({ db: t.db, actor: a.editor, input: { kind: "TREATY" as never } })).rejects.toMatchObject({ fieldErrors: { kind: ["Unknown kind."] } });
  });

  it("offers excerpts of the sources by their text, long ones shortened, with the source as a hint", async () => {
    const found = await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT", q: "JOE BIDEN" } });
    expect(found).toEqual([
      {
        id: "excerpt_s05",
        label: "In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.",
        hint: "Foreign relations of Mongolia: the seed text",
      },
    ]);
    const all = await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT" } });
    expect(all).toHaveLength(20);
    const long = await t.db.excerpt.findFirstOrThrow({ where: { text: { contains: "Putin" } } });
    const putin = (await pickerOptions({ db: t.db, actor: a.editor, input: { kind: "EXCERPT", q: "Putin" } })).find((o) => o.id === long.id)!;
    expect(long.text.length).toBeGreaterThan(140);
    expect(putin.label).toBe(`${long.text.slice(0, 140)}…`);
  });

  it("lists every published country by name for filters", async () => {
    const choices = await listCountryChoices({ db: t.db, actor: a.editor });
    expect(choices.length).toBe(await t.db.entry.count({ where: { kind: "COUNTRY", status: "PUBLISHED" } }));
    expect(choices.find((c) => c.id === "country_mongolia")).toEqual({ id: "country_mongolia", label: "Mongolia" });
    const labels = choices.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((x, y) => (x < y ? -1 : 1)));
    await expect(listCountryChoices({ db: t.db, actor: null })).rejects.toThrow();
  });

  it("opens an entry at the editor's own draft, or else at what is published; never at someone else's draft", async () => {
    const base = await publishedPayload(t.db, "event_2011-elbegdorj-visits-japan");
    const published = await getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: "event_2011-elbegdorj-visits-japan" } });
    expect([published.draft, published.payload, published.publishedVersion]).toEqual([null, base, 1]);
    const mine = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: "event_2011-elbegdorj-visits-japan", payload: { ...base, description: "Mine." } } });
    const opened = await getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: "event_2011-elbegdorj-visits-japan" } });
    expect([opened.draft?.id, (opened.payload as { description: string }).description, opened.publishedVersion]).toEqual([mine.revisionId, "Mine.", 1]);
    const theirs = await getEntryForEdit({ db: t.db, actor: a.editor2, input: { entryId: "event_2011-elbegdorj-visits-japan" } });
    expect([theirs.draft, theirs.payload]).toEqual([null, base]);
    // A removal request is not a draft to edit.
    const removal = await requestRemoval({ db: t.db, actor: a.editor2, input: { entryId: "event_2007-summer-parvanov-visit" }, action: "UNPUBLISH" });
    expect(removal.revisionId).toBeDefined();
    expect((await getEntryForEdit({ db: t.db, actor: a.editor2, input: { entryId: "event_2007-summer-parvanov-visit" } })).draft).toBeNull();
    // A new entry has no published version.
    const fresh = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", payload: { ...base, slug: "2030-new-event", title: "A new event", countryIds: ["country_qatar", "country_mongolia"] } },
    });
    expect((await getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: fresh.entryId } })).publishedVersion).toBe(0);
    await expect(getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: "country_atlantis-nowhere" } })).rejects.toThrow(new NotFoundError("That entry does not exist."));
    await expect(getEntryForEdit({ db: t.db, actor: null, input: { entryId: "country_qatar" } })).rejects.toThrow();
  });

  it("shows names instead of ids in a form: entries by label, excerpts by their text shortened", async () => {
    const labels = await labelsForPayload({
      db: t.db,
      actor: a.editor,
      payload: { countryIds: ["country_qatar", "country_mongolia"], citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s05" }], title: "Not an id at all", n: 3 },
    });
    expect(labels).toEqual({
      country_qatar: "Qatar",
      country_mongolia: "Mongolia",
      "source_seed-text": "Foreign relations of Mongolia: the seed text",
      excerpt_s05: "In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.",
    });
    expect(await labelsForPayload({ db: t.db, actor: a.editor, payload: { title: "nothing here" } })).toEqual({});
    await expect(labelsForPayload({ db: t.db, actor: null, payload: {} })).rejects.toThrow();
  });

  it("refuses to take an entry off the site while others use it, naming a few of them", async () => {
    const error = (await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "person_joe-biden" }, action: "UNPUBLISH" }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(StateError);
    expect(error.message).toBe("“Joe Biden” is still used by 1 published entry: Vice President Joe Biden visits Mongolia. Change those first.");
    const focus = (await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "country_mongolia" }, action: "UNPUBLISH" }).catch((e: unknown) => e)) as Error;
    expect(focus.message).toMatch(
      /^“Mongolia” is still used by \d+ published entries: the site itself \(it is the focus country\); [^;]+; [^;]+; [^;]+; [^;]+; [^;]+…\. Change those first\.$/,
    );
    // Deleting is refused the same way.
    await expect(requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "country_qatar" }, action: "DELETE" })).rejects.toThrow(
      /^“Qatar” is still used by \d+ published entries: /,
    );
  });
});
