import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { findDates } from "../src/paste/find-dates.ts";
import { guessType } from "../src/paste/find-events.ts";
import { readPastedSentence } from "../src/paste/read-pasted-sentence.ts";
import type { EventGuess, Guess, PersonGuess, Reading } from "../src/paste/reading.ts";
import { makeActors } from "./support/actors.ts";

const words = (reading: Reading, g: Guess) => g.spans.map((s) => reading.text.slice(s.start, s.end));

describe("paste to draft: dates and types", () => {
  it.each([
    ["In August 2011, Joe Biden made the first visit", "2011-08", null],
    ["an official visit to Ulaanbaatar in the summer of 2007.", "2007-summer", null],
    ["In 2001, Mongolia sent policemen to Egypt", "2001", null],
    ["signed on 3 September 2024 in Ulaanbaatar", "2024-09-03", null],
    ["on September 3, 2024 the two", "2024-09-03", null],
    ["on Sept. 3rd, 2024 the two", "2024-09-03", null],
    ["visited Seoul on 2024-06-11 to prepare", "2024-06-11", null],
    ["ties loosened in the 1990s", "1990s", null],
    ["a state visit on 21–22 August 2014", "2014-08-21", "2014-08-22"],
    ["the exercise from 2 to 15 September 2019", "2019-09-02", "2019-09-15"],
    ["talks between March and May 2019", "2019-03", "2019-05"],
    ["aid totalled US$3.4 billion between 1991 and 2020", "1991", "2020"],
  ])("reads the date of %j as %s", (text, start, end) => {
    expect(findDates(text).dates[0]).toMatchObject({ start, end });
  });

  it("says that 2015-13-40 is not a date, and never reads it as the year 2015", () => {
    const { dates, problems } = findDates("On 2015-13-40 Mongolia and Laos signed a cultural agreement.");
    expect(dates).toEqual([]);
    expect(problems[0]!.message).toMatch(/“2015-13-40” is not a date: There is no month 13\./);
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
  const read = (text: string) => readPastedSentence({ db: t.db, actor: editor, input: { text } });

  it("reads the Biden visit: two visits, people with their roles, the date with its precision; saves nothing", async () => {
    const reading = await read("In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.");
    const [biden, wallace] = reading.guesses.filter((g): g is EventGuess => g.kind === "EVENT");
    expect(biden).toMatchObject({ start: "2011-08", type: "VISIT", placeCountryKey: "country_mongolia" });
    expect(biden!.participants).toEqual([{ personKey: "person_joe-biden", role: "U.S. Vice President", countryKey: "country_united-states" }]);
    expect(biden!.countryKeys.sort()).toEqual(["country_mongolia", "country_united-states"]);
    expect(biden!.title).toMatch(/^Joe Biden made the first visit to Mongolia by a sitting U\.S\. Vice President/);
    expect(wallace).toMatchObject({ start: "1944", type: "VISIT", participants: [{ personKey: "person_henry-wallace", role: "", countryKey: "country_united-states" }] });
    expect(reading.notes).toContain("Give Henry A. Wallace's role at the time.");
    expect(
      words(
        reading,
        reading.guesses.find((g) => g.key === "person_henry-wallace")!,
      ),
    ).toEqual(["Henry Wallace"]);
    expect(await t.db.revision.count({ where: { authorId: editor.id } })).toBe(0);
  });

  it("turns citation markers into sources and reads titles before names", async () => {
    const reading = await read("[26][99] Mongolian President Tsakhiagiin Elbegdorj visited Japan in 2011, and the two countries made a joint announcement.");
    expect(reading.citations).toEqual([{ sourceId: "source_ref-26", label: "Reference 26 of the seed text", marker: "26" }]);
    expect(reading.notes).toContain("No source has reference number [99] yet: add it, or choose the source.");
    const event = reading.guesses.find((g): g is EventGuess => g.kind === "EVENT")!;
    expect(event.participants[0]).toMatchObject({ personKey: "person_tsakhiagiin-elbegdorj", role: "Mongolian President" });
    expect(event.placeCountryKey).toBe("country_japan");
  });

  it("reads the ISA sentence as a new organisation and Mongolia's membership of it, with no event of its own", async () => {
    const reading = await read("Mongolia joined the International Solar Alliance in 2022 as a full member.");
    expect(reading.guesses.map((g) => [g.kind, "name" in g ? g.name : g.key])).toEqual([
      ["MEMBERSHIP", "membership:1"],
      ["COUNTRY", "Mongolia"],
      ["ORGANIZATION", "International Solar Alliance"],
    ]);
    const membership = reading.guesses[0]!;
    expect(membership).toMatchObject({ countryKey: "country_mongolia", organizationKey: "org:international-solar-alliance", status: "MEMBER", since: "2022", atlasId: null });
    expect(words(reading, membership)).toEqual(["Mongolia joined the International Solar Alliance in 2022"]);
  });

  it("reads Macron without a title: a new person, France from “French president”, the visit in May 2023", async () => {
    const reading = await read("Emmanuel Macron became the first French president to visit Mongolia, in May 2023, signing agreements on critical minerals and nuclear energy.");
    const macron = reading.guesses.find((g): g is PersonGuess => g.kind === "PERSON")!;
    expect(macron).toMatchObject({ name: "Emmanuel Macron", atlasId: null, role: "French President", countryKey: "iso:FR" });
    expect(reading.guesses.find((g) => g.key === "iso:FR")).toMatchObject({ name: "France", fresh: { iso2: "FR", region: "Europe", capital: "Paris" } });
    expect(reading.guesses.find((g) => g.kind === "EVENT")).toMatchObject({ type: "VISIT", start: "2023-05", countryKeys: ["iso:FR", "country_mongolia"] });
  });

  it("knows Mongolia by its own name in Cyrillic, and keeps a title whole when the date is not a date", async () => {
    const cyrillic = await read("Монгол Улс and Japan signed an Economic Partnership Agreement on 10 February 2015.");
    expect(cyrillic.guesses.filter((g) => g.kind === "COUNTRY").map((g) => g.key)).toEqual(["country_mongolia", "country_japan"]);
    const broken = await read("On 2015-13-40 Mongolia and Laos signed a cultural agreement.");
    expect(broken.guesses.find((g) => g.kind === "EVENT")).toMatchObject({ title: "Mongolia and Laos signed a cultural agreement", start: null });
    expect(broken.notes[0]).toMatch(/^“2015-13-40” is not a date/);
  });

  it("links what the atlas already records instead of drafting it again", async () => {
    const reading = await read("Mongolia has an embassy in Moscow and a consulate general in Irkutsk.");
    expect(reading.guesses.filter((g) => g.kind === "MISSION").map((g) => g.atlasId)).toEqual(["mission_mongolia-in-moscow", "mission_mongolia-in-irkutsk"]);
  });

  it("refuses anonymous callers and empty pastes", async () => {
    await expect(readPastedSentence({ db: t.db, actor: null, input: { text: "In 2011 something" } })).rejects.toThrow(/sign in/i);
    await expect(readPastedSentence({ db: t.db, actor: editor, input: { text: "" } })).rejects.toThrow(/Some fields need attention/);
  });
});
