import { describe, expect, it } from "vitest";

import { formatFuzzyDate, parseFuzzyDate, periodEnd, toFuzzyString } from "../src/dates/fuzzy-date.ts";

const parsed = (s: string) => {
  const p = parseFuzzyDate(s);
  if ("error" in p) throw new Error(p.error);
  return p;
};

describe("dates with a precision", () => {
  it.each([
    ["2011-08-17", "DAY", "17 August 2011"],
    ["2011-08", "MONTH", "August 2011"],
    ["2007-summer", "SEASON", "Summer 2007"],
    ["2011", "YEAR", "2011"],
    ["1990s", "DECADE", "the 1990s"],
  ])("reads %s as %s and shows it as %s", (input, precision, shown) => {
    const p = parsed(input);
    expect(p.precision).toBe(precision);
    expect(formatFuzzyDate(p.date, p.precision)).toBe(shown);
    expect(toFuzzyString(p.date, p.precision)).toBe(input);
  });

  it("stores the first day of the period", () => {
    expect(parsed("2007-summer").date.toISOString().slice(0, 10)).toBe("2007-06-01");
    expect(parsed("1990s").date.toISOString().slice(0, 10)).toBe("1990-01-01");
  });

  it("knows where a period ends", () => {
    const p = parsed("2011");
    expect(periodEnd(p.date, p.precision).toISOString().slice(0, 10)).toBe("2011-12-31");
    const s = parsed("2007-winter");
    expect(periodEnd(s.date, s.precision).toISOString().slice(0, 10)).toBe("2008-02-29");
  });

  it.each([
    ["2011-02-30", /February 2011 has no day 30/],
    ["2011-13", /There is no month 13/],
    ["0999", /Years must be between 1000 and 2100/],
    ["1995s", /is not a date/],
    ["next spring", /is not a date/],
    ["", /is not a date/],
  ])("explains why %j is not a date", (input, message) => {
    const p = parseFuzzyDate(input);
    expect("error" in p && p.error).toMatch(message);
  });
});
