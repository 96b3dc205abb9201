import { describe, expect, it } from "vitest";

import { MAX_PAGE, parseCountriesQuery, parsePage, parseSearchQuery, parseTimelineQuery } from "../src/public/query-params.ts";

// What readers see when they type filters into an address: a good filter is applied, a bad one
// is dropped (or clamped) and the page says exactly why.

describe("the timeline's filters", () => {
  it("takes a year as both ends, and from/to as given, from a plain object or URLSearchParams", () => {
    expect(parseTimelineQuery({ year: "2011" })).toEqual({ value: { from: 2011, to: 2011, type: undefined, country: undefined, page: 1 }, problems: [] });
    expect(parseTimelineQuery(new URLSearchParams("from=1990&to=2001&type=visit&country=russia&page=3"))).toEqual({
      value: { from: 1990, to: 2001, type: "VISIT", country: "russia", page: 3 },
      problems: [],
    });
    // A repeated parameter counts once (its first value); blanks count as absent.
    expect(parseTimelineQuery({ from: ["1995", "1800"], to: "  ", country: " china " }).value).toEqual({ from: 1995, to: undefined, type: undefined, country: "china", page: 1 });
  });

  it("says which year filter it ignored and why", () => {
    expect(parseTimelineQuery({ from: "nineteen-ninety-something", to: "12345" }).problems).toEqual([
      "“nineteen-ninety-some” is not a year, so the “from” year filter was ignored.",
      "“12345” is not a year, so the “to” year filter was ignored.",
    ]);
    expect(parseTimelineQuery({ year: "999" }).problems).toEqual(["Years run from 1000 to 2100; the year filter was ignored."]);
    expect(parseTimelineQuery({ year: "2101" }).problems).toEqual(["Years run from 1000 to 2100; the year filter was ignored."]);
    expect(parseTimelineQuery({ from: "1000", to: "2100" })).toMatchObject({ value: { from: 1000, to: 2100 }, problems: [] });
    expect(parseTimelineQuery({ year: "x2011" }).value.from).toBeUndefined();
    expect(parseTimelineQuery({ year: "2011x" }).value.from).toBeUndefined();
  });

  it("swaps years given the wrong way round, and says so; equal years are fine", () => {
    expect(parseTimelineQuery({ from: "2011", to: "1990" })).toMatchObject({
      value: { from: 1990, to: 2011 },
      problems: ["The years were the wrong way round (2011 to 1990); they were swapped."],
    });
    expect(parseTimelineQuery({ from: "2011", to: "2011" })).toMatchObject({ value: { from: 2011, to: 2011 }, problems: [] });
  });

  it("drops an unknown event type or a country that cannot be one, naming them", () => {
    const q = parseTimelineQuery({ type: "PARTY", country: "<b>bold</b>" });
    expect(q.value).toMatchObject({ type: undefined, country: undefined });
    expect(q.problems).toEqual([
      "“PARTY” is not an event type (Diplomatic relations, State or official visit, Delegation…); the type filter was ignored.",
      "“<b>bold</b>” is not a country; the country filter was ignored.",
    ]);
    expect(parseTimelineQuery({ type: "x".repeat(40) }).problems[0]).toBe(
      `“${"x".repeat(30)}” is not an event type (Diplomatic relations, State or official visit, Delegation…); the type filter was ignored.`,
    );
    expect(parseTimelineQuery({ country: "y".repeat(40) + "!" }).problems[0]).toBe(`“${"y".repeat(30)}” is not a country; the country filter was ignored.`);
  });
});

describe("page numbers", () => {
  it("start at 1, stop at the last page there can be, and refuse anything else", () => {
    const at = (page: string) => {
      const problems: string[] = [];
      return [parsePage({ page }, problems), problems];
    };
    expect(parsePage({}, [])).toBe(1);
    expect(at("1")).toEqual([1, []]);
    expect(at("7")).toEqual([7, []]);
    expect(at(String(MAX_PAGE))).toEqual([10_000, []]);
    expect(at(String(MAX_PAGE + 1))).toEqual([10_000, ["Page numbers stop at 10000."]]);
    expect(at("0")).toEqual([1, ["Page “0” does not exist; showing page 1."]]);
    expect(at("-3")).toEqual([1, ["Page “-3” does not exist; showing page 1."]]);
    expect(at("2.5")).toEqual([1, ["Page “2.5” does not exist; showing page 1."]]);
    expect(at("1e3")).toEqual([1, ["Page “1e3” does not exist; showing page 1."]]);
    expect(at("p2")).toEqual([1, ["Page “p2” does not exist; showing page 1."]]);
    expect(at("1234567890")).toEqual([1, ["Page “1234567890” does not exist; showing page 1."]]);
    expect(at("9".repeat(30))[1]).toEqual([`Page “${"9".repeat(20)}” does not exist; showing page 1.`]);
  });
});

describe("the countries' filters", () => {
  const regions = ["Asia", "Europe", "Americas"];

  it("matches a region whatever its case, and lists the regions there are when it does not", () => {
    expect(parseCountriesQuery({ region: "eUROPE" }, regions)).toEqual({ value: { region: "Europe", hasMission: undefined, establishedBefore: undefined }, problems: [] });
    expect(parseCountriesQuery({ region: "Atlantis" }, regions)).toEqual({
      value: { region: undefined, hasMission: undefined, establishedBefore: undefined },
      problems: ["“Atlantis” is not a region here (Asia, Europe, Americas); the region filter was ignored."],
    });
  });

  it("reads yes and no in the usual spellings, and says when it cannot", () => {
    for (const yes of ["1", "true", "YES", "on"]) expect(parseCountriesQuery({ mission: yes }, regions), yes).toEqual({ value: { hasMission: true }, problems: [] });
    for (const no of ["0", "False", "no", "OFF"]) expect(parseCountriesQuery({ mission: no }, regions), no).toEqual({ value: {}, problems: [] });
    expect(parseCountriesQuery({ mission: "perhaps" }, regions).problems).toEqual(["“perhaps” is not yes or no; the mission filter was ignored."]);
  });

  it("takes relations established before a year", () => {
    expect(parseCountriesQuery({ before: "1990" }, regions).value.establishedBefore).toBe(1990);
    expect(parseCountriesQuery({ before: "soon" }, regions).problems).toEqual(["“soon” is not a year, so the “relations before” filter was ignored."]);
  });
});

describe("the search box", () => {
  it("turns control characters and runs of spaces into single spaces", () => {
    expect(parseSearchQuery({ q: "  north\u0000korea\t\n refugees\u007f " })).toEqual({ value: { q: "north korea refugees", page: 1 }, problems: [] });
    expect(parseSearchQuery({}).value.q).toBe("");
  });

  it("shortens a query over 200 characters, and says so", () => {
    const s = parseSearchQuery({ q: `${"a".repeat(199)} bcd`, page: "2" });
    expect(s.value).toEqual({ q: "a".repeat(199), page: 2 });
    expect(s.problems).toEqual(["Searches are limited to 200 characters; yours was shortened."]);
    expect(parseSearchQuery({ q: "a".repeat(200) })).toEqual({ value: { q: "a".repeat(200), page: 1 }, problems: [] });
  });
});
