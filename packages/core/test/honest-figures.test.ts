import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { isStale } from "../src/public/facts.ts";
import { getHomePage } from "../src/public/home.ts";
import { listFocusMemberships } from "../src/public/organizations.ts";
import { parseCountriesQuery } from "../src/public/query-params.ts";
import { editorial } from "./support/publish.ts";

// Figures and filters that say what they count, and say "unknown" where the atlas does not know.
describe("honest figures and filters", () => {
  const t = freshDatabase("seeded");

  it("leaves out of a date filter the countries whose relations have no recorded start, and takes them in when asked", async () => {
    const slugs = async (filters: Parameters<typeof listCounterparts>[1]) => (await listCounterparts(t.db, filters)).map((c) => c.slug);
    const before1990 = await slugs({ establishedBefore: 1990 });
    expect(before1990).toEqual(["canada", "north-korea"]);
    const withUnknown = await slugs({ establishedBefore: 1990, includeUnknown: true });
    expect(withUnknown).toEqual(expect.arrayContaining(["canada", "north-korea", "russia", "soviet-union", "china"]));
    // A start that is known and later stays out, known or not.
    const { edit } = await editorial(t.db);
    await edit("RELATIONSHIP", "rel_qatar", { established: "2005" });
    expect(await slugs({ establishedBefore: 1990, includeUnknown: true })).not.toContain("qatar");
    expect(await slugs({ establishedBefore: 2010 })).toContain("qatar");
    expect(parseCountriesQuery(new URLSearchParams("before=1990&unknown=1"), [])).toEqual({ value: { establishedBefore: 1990, includeUnknown: true }, problems: [] });
    expect(parseCountriesQuery(new URLSearchParams("unknown=maybe"), []).problems).toEqual(["“maybe” is not yes or no; the “include unknown dates” filter was ignored."]);
  });

  it("counts on the home page what the atlas records, and how many of its memberships' organisations have since ended", async () => {
    const home = await getHomePage(t.db);
    expect(home.figures).toMatchObject({ missionsAbroad: 5, membershipsEnded: 1 });
    const icftu = (await listFocusMemberships(t.db)).find((m) => m.organization.slug === "icftu")!;
    expect(icftu.organization.dissolvedYear).toBe(2006);
    // The summary no longer says "today" of an undated list.
    expect(home.site.focus.summary).not.toMatch(/today belongs/);
  });

  it("explains China's empty timeline: events are what names China with a date, and none does", async () => {
    const china = (await getCountryPage(t.db, "china"))!;
    expect([china.eventCount, china.events]).toEqual([0, []]);
    // Its summary's statements are sourced all the same.
    expect(china.relationship!.notes.length + china.relationship!.cited!.groups.length).toBeGreaterThan(0);
  });

  it("says a figure has no year, and flags one older than the operator's threshold as possibly out of date", async () => {
    const china = (await getCountryPage(t.db, "china"))!;
    expect(china.facts[0]).toMatchObject({ subject: "Share of Mongolian exports going to China", year: null, stale: false });
    expect(isStale(2015, 5, new Date("2026-12-01"))).toBe(true);
    expect(isStale(2021, 5, new Date("2026-12-01"))).toBe(false);
    expect(isStale(null, 5, new Date("2026-12-01"))).toBe(false);
    const { edit } = await editorial(t.db);
    await edit("FACT", "fact_china-share-of-mongolian-exports", { year: new Date().getUTCFullYear() - 6 });
    expect((await getCountryPage(t.db, "china"))!.facts[0]!.stale).toBe(true);
    // The operator moves the threshold: the same figure is no longer flagged.
    await t.db.site.update({ where: { id: 1 }, data: { staleAfterYears: 10 } });
    expect((await getCountryPage(t.db, "china"))!.facts[0]!.stale).toBe(false);
  });
});
