import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { toApiCounterpart, toApiCountry } from "../src/public/api/to-api.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { parseCountriesQuery } from "../src/public/query-params.ts";
import { statusOn } from "../src/public/status-history.ts";
import { editorial } from "./support/publish.ts";

describe("relations over time", () => {
  const t = freshDatabase("seeded");
  const on = async (day: string, status?: string) => {
    const { value } = parseCountriesQuery(new URLSearchParams({ on: day, ...(status ? { status } : {}) }), []);
    return listCounterparts(t.db, value);
  };

  it("shows the dated steps on the country page, each with its footnote", async () => {
    const japan = (await getCountryPage(t.db, "japan"))!;
    expect(japan.statusHistory.map((s) => [s.date.display, s.label, s.note])).toEqual([["2011", "Strategic partnership", "a joint announcement regarding a strategic alliance"]]);
    expect(japan.statusHistory[0]!.notes.length).toBe(1);
    expect(japan.references.some((r) => r.passages.some((p) => p.excerpt?.includes("strategic alliance")))).toBe(true);
    const canada = (await getCountryPage(t.db, "canada"))!;
    expect(canada.statusHistory.map((s) => `${s.label} ${s.date.display}`)).toEqual(["Diplomatic relations established 1973"]);
  });

  it("answers the status on a day: established relations, a partnership not yet made, nothing recorded", async () => {
    const in2000 = await on("2000-01-01");
    const of = (name: string) => in2000.find((c) => c.name === name)!.statusOn!;
    expect(of("Canada").stage?.stage).toBe("ESTABLISHED");
    expect(of("North Korea").stage?.stage).toBe("ESTABLISHED");
    expect(of("Japan").stage).toBeNull();
    expect((await on("2012-01-01")).find((c) => c.name === "Japan")!.statusOn!.stage?.stage).toBe("STRATEGIC_PARTNERSHIP");
  });

  it("filters by the status on that day", async () => {
    expect((await on("2000-01-01", "relations")).map((c) => c.name)).toEqual(["Canada", "North Korea"]);
    expect((await on("2012-01-01", "strategic")).map((c) => c.name)).toEqual(["Japan"]);
    expect((await on("1960-01-01", "relations")).map((c) => c.name)).toEqual(["North Korea"]);
    expect((await on("2000-01-01", "none")).map((c) => c.name)).not.toContain("Canada");
  });

  it("says a step dated only by its year may or may not have come by a day in that year", () => {
    const steps = [
      {
        id: "s",
        stage: "ESTABLISHED" as const,
        label: "Diplomatic relations established",
        date: { edtf: "1973", display: "1973", earliest: "1973-01-01", latest: "1973-12-31", datetime: "1973" },
      },
    ];
    expect(statusOn(steps, "1973-06-01")).toMatchObject({ stage: null, maybe: { stage: "ESTABLISHED" } });
    expect(statusOn(steps, "1973-12-31")).toMatchObject({ stage: { stage: "ESTABLISHED" }, maybe: null });
  });

  it("refuses a day that is not one, and explains", () => {
    expect(parseCountriesQuery(new URLSearchParams({ on: "2000-02-30" }), []).problems[0]).toMatch(/not a day/);
    expect(parseCountriesQuery(new URLSearchParams({ status: "friends" }), []).problems[0]).toMatch(/not a status/);
    expect(parseCountriesQuery(new URLSearchParams({ status: "relations" }), [], "2026-12-08").value.on).toBe("2026-12-08");
  });

  it("gives the steps and the status on a day in the API", async () => {
    const canada = (await on("2000-01-01")).find((c) => c.name === "Canada")!;
    expect(toApiCounterpart(canada)).toMatchObject({ statusOn: { day: "2000-01-01", stage: "ESTABLISHED", since: { edtf: "1973" } }, statusHistory: [{ stage: "ESTABLISHED" }] });
    const japan = toApiCountry((await getCountryPage(t.db, "japan"))!);
    expect(japan.statusHistory[0]).toMatchObject({ stage: "STRATEGIC_PARTNERSHIP", date: { edtf: "2011" } });
    expect(japan.statusHistory[0]!.citations[0]!.excerpt).toMatch(/strategic alliance/);
  });

  it("lets an editor record a suspension, which the page and the filter follow", async () => {
    const w = await editorial(t.db);
    const source = { sourceId: "source_seed-text", excerptId: "excerpt_s03", locator: null };
    await w.publish("STATUS_CHANGE", { counterpartId: "country_canada", stage: "SUSPENDED", date: "1990-05", citations: [source] });
    expect((await getCountryPage(t.db, "canada"))!.statusHistory.map((s) => s.label)).toEqual(["Diplomatic relations established", "Relations suspended"]);
    expect((await on("2000-01-01", "suspended")).map((c) => c.name)).toEqual(["Canada"]);
    expect((await on("1985-01-01", "suspended")).map((c) => c.name)).toEqual([]);
  });
});
