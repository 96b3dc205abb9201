import { describe, expect, it } from "vitest";

import { compactToEdtf, edtfBounds, htmlDatetime } from "../src/dates/edtf.ts";
import { parseFuzzyDate } from "../src/dates/fuzzy-date.ts";
import { footnote, type PublicCitation } from "../src/public/citations.ts";
import { count, otherNames, teaser, theName } from "../src/words.ts";

const parsed = (s: string) => {
  const p = parseFuzzyDate(s);
  if ("error" in p) throw new Error(p.error);
  return p;
};

describe("dates for machines keep the data's precision", () => {
  it.each([
    ["1961", "1961", "1961-01-01", "1961-12-31", "1961"],
    ["2006-07", "2006-07", "2006-07-01", "2006-07-31", "2006-07"],
    ["2011-08-22", "2011-08-22", "2011-08-22", "2011-08-22", "2011-08-22"],
    ["2007-summer", "2007-22", "2007-06-01", "2007-08-31", "2007"],
    ["1990s", "199X", "1990-01-01", "1999-12-31", null],
  ])("%s is EDTF %s, between %s and %s, and <time datetime=%s>", (compact, edtf, earliest, latest, datetime) => {
    const d = parsed(compact);
    expect(compactToEdtf(compact)).toBe(edtf);
    expect(edtfBounds(d.date, d.precision)).toEqual({ earliest, latest });
    expect(htmlDatetime(d.date, d.precision)).toBe(datetime);
  });
});

describe("words", () => {
  it("puts nouns in the number their count needs", () => {
    expect(count(1, "event")).toBe("1 event");
    expect(count(2, "event")).toBe("2 events");
    expect(count(1, "shared membership")).toBe("1 shared membership");
    expect(count(0, "country", "countries")).toBe("0 countries");
  });

  it("gives names that take an article their article", () => {
    expect(theName({ name: "United States", takesArticle: true })).toBe("the United States");
    expect(theName({ name: "Soviet Union", takesArticle: true }, true)).toBe("The Soviet Union");
    expect(theName({ name: "Russia", takesArticle: false })).toBe("Russia");
  });

  it("does not repeat the name or the official name among other names", () => {
    expect(otherNames({ name: "Russia", officialName: "Russian Federation", aliases: ["Russian Federation"] })).toEqual([]);
    expect(otherNames({ name: "United States", officialName: "United States of America", aliases: ["U.S.", "USA", "United States of America"] })).toEqual(["U.S.", "USA"]);
  });

  it("cuts teasers where sentences end, not at an abbreviation's full stop", () => {
    const us =
      "In July 2006 Agriculture Secretary Mike Johanns led a U.S. presidential delegation to Mongolia's celebration of its 800th anniversary.[^1] In August 2011 Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.[^2]";
    expect(teaser(us, 160)).toBe("In July 2006 Agriculture Secretary Mike Johanns led a U.S. presidential delegation to Mongolia's celebration of its 800th anniversary.");
  });
});

const source = (id: string, title: string) => ({ id, slug: id, title, marker: null, url: null, kind: "DOCUMENT" as const, reliability: null, checkable: false });
const cite = (s: ReturnType<typeof source>, excerpt: string): PublicCitation => ({ source: s, excerpt, locator: null });

describe("footnotes", () => {
  it("sits after the sentence it supports, one reference per source numbered by first use, with lettered back links", () => {
    const a = source("a", "Source A");
    const b = source("b", "Source B");
    const { texts, notes, references } = footnote([
      { key: "summary", text: "First.[^2] Second.[^1][^3]", citations: [cite(a, "one"), cite(b, "two"), cite(a, "three")] },
      { key: "fact", citations: [cite(a, "one")] },
    ]);
    const summary = texts.get("summary")!;
    expect(summary.markdown).toBe("First.[^](#fn-0) Second.[^](#fn-1)");
    expect(summary.groups.map((g) => g.map((f) => f.n))).toEqual([[1], [2]]);
    expect(references.map((r) => [r.n, r.source.title])).toEqual([
      [1, "Source B"],
      [2, "Source A"],
    ]);
    expect(notes.get("fact")!.map((f) => f.n)).toEqual([2]);
    const letters = references[1]!.passages.flatMap((p) => p.uses.map((u) => u.letter));
    expect(letters.sort()).toEqual(["a", "a", "b"]);
  });
});
