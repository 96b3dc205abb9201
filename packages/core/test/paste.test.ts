import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { findDate, guessType } from "../src/paste/parse-sentence.ts";
import { prefillEventDraft } from "../src/paste/prefill-event-draft.ts";
import { makeActors } from "./support/actors.ts";

describe("paste to draft: dates and types", () => {
  it.each([
    ["In August 2011, Joe Biden made the first visit", "2011-08"],
    ["an official visit to Ulaanbaatar in the summer of 2007.", "2007-summer"],
    ["In 2001, Mongolia sent policemen to Egypt", "2001"],
    ["signed on 3 September 2024 in Ulaanbaatar", "2024-09-03"],
    ["on September 3, 2024 the two", "2024-09-03"],
    ["ties loosened in the 1990s", "1990s"],
  ])("reads the date of %j as %s", (text, value) => {
    expect(findDate(text)?.value).toBe(value);
  });

  it("guesses event types from what the sentence says", () => {
    expect(guessType("Putin visited Mongolia in September 2024")).toBe("VISIT");
    expect(guessType("Mongolia signed a memorandum of understanding with Qatar")).toBe("AGREEMENT");
    expect(guessType("Mongolia recognised Kim Il Sung's government")).toBe("RECOGNITION");
  });
});

describe("paste to draft against the database's names", () => {
  const t = freshDatabase("seeded");
  let editor: Actor;
  beforeAll(async () => {
    editor = (await makeActors(t.db)).editor;
  });

  it("prefills the Biden visit: countries, people and roles, date with its precision, type", async () => {
    const draft = await prefillEventDraft({
      db: t.db,
      actor: editor,
      input: { text: "In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944." },
    });
    expect(draft.payload).toMatchObject({
      start: "2011-08",
      type: "VISIT",
      placeCountryId: "country_mongolia",
      participants: [
        { personId: "person_joe-biden", role: "U.S. Vice President", countryId: "country_united-states" },
        { personId: "person_henry-wallace", role: "", countryId: "country_united-states" },
      ],
    });
    expect(draft.payload.countryIds.sort()).toEqual(["country_mongolia", "country_united-states"]);
    expect(draft.payload.title).toMatch(/^Joe Biden made the first visit to Mongolia by a sitting U\.S\. Vice President/);
    expect(draft.payload.title.length).toBeLessThanOrEqual(120);
    // Made from the title as the form makes it (slugFor): the year, then up to twelve words.
    expect(draft.payload.slug).toBe("2011-joe-biden-made-the-first-visit-to-mongolia-by-a-sitting");
    expect(draft.notes).toContain("Give Henry A. Wallace's role at the time.");
    expect(draft.notes).toContain("The sentence has no citation marker: choose its source.");
    // Prefilling only fills in a form: nothing is saved until the editor saves it.
    expect(await t.db.revision.count({ where: { authorId: editor.id } })).toBe(0);
    expect(await t.db.entry.count({ where: { status: "DRAFT" } })).toBe(0);
  });

  it("turns citation markers into source slots and reads titles before names", async () => {
    const draft = await prefillEventDraft({
      db: t.db,
      actor: editor,
      input: { text: "[26][99] Mongolian President Tsakhiagiin Elbegdorj visited Japan in 2011, and the two countries made a joint announcement." },
    });
    expect(draft.payload.citations).toEqual([{ sourceId: "source_ref-26", excerptId: null, locator: null }]);
    expect(draft.notes).toContain("No source has reference number [99] yet: add it, or choose the source.");
    expect(draft.payload.participants[0]).toMatchObject({ personId: "person_tsakhiagiin-elbegdorj", role: "Mongolian President" });
    expect(draft.payload.placeCountryId).toBe("country_japan");
  });

  it("refuses anonymous callers and empty pastes", async () => {
    await expect(prefillEventDraft({ db: t.db, actor: null, input: { text: "In 2011 something" } })).rejects.toThrow(/sign in/i);
    await expect(prefillEventDraft({ db: t.db, actor: editor, input: { text: "" } })).rejects.toThrow(/Some fields need attention/);
  });
});
