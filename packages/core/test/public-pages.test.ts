import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { exportDataset, exportKindCsv } from "../src/public/export.ts";
import { formatFactValue } from "../src/public/facts.ts";
import { eventsFeed } from "../src/public/feeds.ts";
import { getHomePage } from "../src/public/home.ts";
import { listTimeline } from "../src/public/timeline.ts";

// What a reader sees on the public pages of the seed data. (The takedown and unpublished-entry
// cases live in public-read.test.ts.)

const mongolia = { id: "country_mongolia", slug: "mongolia", name: "Mongolia" };

describe("quantities as readers read them", () => {
  it("groups thousands, drops trailing zeros, shows ranges, percentages and approximations", () => {
    const f = (value: string, unit: string, more: { valueHigh?: string; approximate?: boolean } = {}) =>
      formatFactValue({ value, unit, valueHigh: more.valueHigh ?? null, approximate: more.approximate ?? false });
    expect(f("48", "%")).toBe("48%");
    expect(f("1234567", "people")).toBe("1,234,567 people");
    expect(f("2.50", "%")).toBe("2.5%");
    expect(f("3.000", "tonnes")).toBe("3 tonnes");
    expect(f("1200.75", "USD")).toBe("1,200.75 USD");
    expect(f("100", "people")).toBe("100 people");
    expect(f("500", "people per month", { approximate: true })).toBe("about 500 people per month");
    expect(f("10", "%", { valueHigh: "12.0" })).toBe("10–12%");
    expect(f("1000", "people", { valueHigh: "2000", approximate: true })).toBe("about 1,000–2,000 people");
  });
});

describe("the public pages of the seed", () => {
  const t = freshDatabase("seeded");

  it("the home page's figures", async () => {
    const home = await getHomePage(t.db);
    // Forty memberships as the seed lists them; one organisation (the ICFTU) has since ended.
    expect(home.figures).toEqual({ counterparts: 11, events: 13, missionsAbroad: 5, memberships: 40, membershipsEnded: 1, sources: 9 });
    expect(home.latestEvents.map((e) => e.slug)).toEqual([
      "2024-09-putin-visit",
      "2020-qatar-memorandum",
      "2011-08-biden-visit",
      "2011-elbegdorj-visits-japan",
      "2007-summer-parvanov-visit",
      "2006-07-us-presidential-delegation",
    ]);
    expect(home.facts.map((f) => f.display)).toEqual(["about 500 people per month", "48%"]);
    expect(home.facts[0]).toMatchObject({ country: { slug: "north-korea", name: "North Korea" }, qualifierNote: "estimate by one scholar", approximate: true });
    expect(home.site.focus).toMatchObject(mongolia);
  });

  it("the timeline a page at a time: the last page is where a page past the end lands", async () => {
    const third = await listTimeline(t.db, { page: 3 }, 5);
    expect({ ...third, items: third.items.map((e) => e.slug), references: third.references.map((r) => r.source.slug) }).toEqual({
      items: ["1961-mongolia-joins-the-un", "1948-recognition-of-north-korea", "1944-henry-wallace-tour"],
      // The page's own references, in the order its footnotes are read.
      references: ["ref-65", "seed-text"],
      total: 13,
      page: 3,
      pageCount: 3,
      pageSize: 5,
    });
    expect((await listTimeline(t.db, { page: 99 }, 5)).page).toBe(3);
    expect((await listTimeline(t.db, { page: 2 }, 5)).items.map((e) => e.slug)).toHaveLength(5);
    const none = await listTimeline(t.db, { from: 1800, to: 1801, page: 1 });
    expect([none.items, none.total, none.page, none.pageCount]).toEqual([[], 0, 1, 1]);
    // Years are whole years at both ends.
    expect((await listTimeline(t.db, { from: 2011, to: 2011, page: 1 })).total).toBe(2);
    expect((await listTimeline(t.db, { from: 2012, to: 2024, page: 1 })).items.map((e) => e.slug)).toEqual(["2024-09-putin-visit", "2020-qatar-memorandum"]);
    expect((await listTimeline(t.db, { country: "russia", type: "VISIT", page: 1 })).items.map((e) => e.slug)).toEqual(["2024-09-putin-visit"]);
  });

  it("the Atom feeds: titles, addresses, newest first", async () => {
    const all = (await eventsFeed(t.db, { siteUrl: "https://atlas.example" }))!;
    expect(all).toContain("<title>Foreign Relations Atlas: newly published events</title>");
    expect(all).toContain('<link rel="self" href="https://atlas.example/feeds/events.xml"/>');
    expect(all).toContain(`<title type="html"><![CDATA[August 2011: Vice President Joe Biden visits Mongolia]]></title>`);
    expect(all).toContain('<link href="https://atlas.example/events/2011-08-biden-visit"/>');
    expect(all.match(/<entry>/g)).toHaveLength(13);
    const us = (await eventsFeed(t.db, { siteUrl: "https://atlas.example", countrySlug: "united-states" }))!;
    expect(us).toContain("<title>Foreign Relations Atlas: Mongolia and United States</title>");
    expect(us).toContain('<link rel="self" href="https://atlas.example/feeds/countries/united-states.xml"/>');
    expect(us.match(/<entry>/g)).toHaveLength(3);
    expect(await eventsFeed(t.db, { siteUrl: "https://atlas.example", countrySlug: "United States" })).toBeNull();
  });

  it("CSV: lists joined with '; ', citations as source|excerpt, empty cells for nothing", async () => {
    const csv = await exportKindCsv(t.db, "EVENT");
    const biden = csv.split("\n").find((l) => l.startsWith("event_2011-08-biden-visit,"))!;
    expect(biden).toContain(",country_united-states; country_mongolia,");
    expect(biden).toContain(",source_seed-text|excerpt_s05,");
    expect(biden).toContain(",U.S. Vice President|person_joe-biden|country_united-states,");
    expect(csv.split("\n")[0]).toBe(
      "id,version,publishedAt,slug,title,description,type,start,end,place,placeCountryId,countryIds,participants,organizationIds,citations,official,certainty,attribution",
    );
  });

  it("the JSON export: what it is, whose, when, under what terms, and each entry's fields in the schema's order", async () => {
    const before = Date.now();
    const data = await exportDataset(t.db);
    expect(data).toMatchObject({
      title: "Foreign Relations Atlas",
      focusCountryId: "country_mongolia",
      license: {
        name: "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
        url: "https://creativecommons.org/licenses/by-sa/4.0/",
        attribution: "Foreign Relations Atlas contributors",
        note: expect.stringContaining("cites its sources"),
      },
    });
    expect(Date.parse(data.generatedAt)).toBeGreaterThanOrEqual(before - 1000);
    const mission = data.missions!.find((m) => m.id === "mission_mongolia-in-moscow")!;
    expect(Object.keys(mission)).toEqual([
      "id",
      "version",
      "publishedAt",
      "type",
      "senderId",
      "hostId",
      "city",
      "name",
      "opened",
      "closed",
      "citations",
      "official",
      "certainty",
      "attribution",
    ]);
    expect(mission).toMatchObject({ version: 1, type: "EMBASSY", senderId: "country_mongolia", hostId: "country_russia", city: "Moscow", name: null, opened: null, closed: null });
    expect(data.countries!.map((c) => c.id)).toEqual([...data.countries!.map((c) => c.id)].sort());
  });
});
