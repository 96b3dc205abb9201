import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { numberReferences, type PublicCitation } from "../src/public/citations.ts";
import { listCounterparts, listRegions } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { exportDataset, exportKindCsv } from "../src/public/export.ts";
import { formatFactValue } from "../src/public/facts.ts";
import { eventsFeed } from "../src/public/feeds.ts";
import { getHomePage } from "../src/public/home.ts";
import { getOrganizationPage, listFocusMemberships } from "../src/public/organizations.ts";
import { getPersonPage } from "../src/public/people.ts";
import { search } from "../src/public/search.ts";
import { listTimeline } from "../src/public/timeline.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

// What a reader sees on the public pages of the seed data, field by field, and how pages change
// when an editor's entry is published. (The takedown and unpublished-entry cases live in
// public-read.test.ts.)

const mongolia = { id: "country_mongolia", slug: "mongolia", name: "Mongolia" };
const russia = { id: "country_russia", slug: "russia", name: "Russia" };
const seedText = { id: "source_seed-text", slug: "seed-text", title: "Foreign relations of Mongolia: the seed text", marker: null, url: null, kind: "DOCUMENT" };

describe("footnotes", () => {
  const cite = (id: string, excerpt: string | null = null, locator: string | null = null): PublicCitation => ({ source: { ...seedText, id }, excerpt, locator });

  it("number each source and passage once, in reading order, and list who cites it", () => {
    const { notes, references } = numberReferences([
      { key: "a", citations: [cite("s1", "x"), cite("s2"), cite("s1", "x")] },
      { key: "b", citations: [cite("s2"), cite("s1", "y"), cite("s1", "x", "p. 4")] },
      { key: "c", citations: [] },
    ]);
    expect(Object.fromEntries(notes)).toEqual({ a: [1, 2], b: [2, 3, 4], c: [] });
    expect(references.map((r) => [r.n, r.citation.source.id, r.citation.excerpt, r.citation.locator, r.citedBy])).toEqual([
      [1, "s1", "x", null, ["a"]],
      [2, "s2", null, null, ["a", "b"]],
      [3, "s1", "y", null, ["b"]],
      [4, "s1", "x", "p. 4", ["b"]],
    ]);
  });
});

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

  it("Russia: the country, the relationship, five missions, the OSCE, two events, and footnotes in reading order", async () => {
    const page = (await getCountryPage(t.db, "russia"))!;
    expect(page.focus).toEqual(mongolia);
    expect(page.country).toEqual({
      id: "country_russia",
      slug: "russia",
      name: "Russia",
      officialName: "Russian Federation",
      kind: "STATE",
      kindLabel: "Sovereign state",
      iso2: "RU",
      iso3: "RUS",
      formerIsoCode: null,
      region: "Europe",
      subregion: "Eastern Europe",
      capital: "Moscow",
      wikidataId: "Q159",
      existedFrom: 1991,
      existedUntil: null,
      aliases: ["Russian Federation"],
      successor: null,
      predecessors: [{ id: "country_soviet-union", slug: "soviet-union", name: "Soviet Union" }],
    });
    const { citations: relCitations, ...rel } = page.relationship!;
    expect(rel).toMatchObject({ status: "ACTIVE", statusLabel: "Diplomatic relations", established: null, qualifierNote: null, notes: [1, 2, 3, 4, 5, 6] });
    expect(rel.summary).toMatch(/^Relations between Mongolia and the Russian Federation have been traditionally strong/);
    expect(relCitations.map((c) => c.source.id)).toEqual(["source_ref-39", "source_seed-text", "source_seed-text", "source_seed-text", "source_seed-text", "source_ref-1"]);
    expect(page.missions.map(({ citations, ...m }) => [m, citations.length])).toEqual(
      [
        ["mission_mongolia-in-moscow", "EMBASSY", "Embassy", "Moscow"],
        ["mission_mongolia-in-irkutsk", "CONSULATE_GENERAL", "Consulate general", "Irkutsk"],
        ["mission_mongolia-in-kyzyl", "CONSULATE_GENERAL", "Consulate general", "Kyzyl"],
        ["mission_mongolia-in-ulan-ude", "CONSULATE_GENERAL", "Consulate general", "Ulan-Ude"],
        ["mission_mongolia-in-yekaterinburg", "BRANCH_OFFICE", "Branch office", "Yekaterinburg"],
      ].map(([id, type, typeLabel, city]) => [
        { id, type, typeLabel, city, name: null, sender: mongolia, host: russia, opened: null, closed: null, qualifierNote: null, notes: [4] },
        1,
      ]),
    );
    expect(page.memberships).toHaveLength(1);
    const { citations: osceCitations, ...osce } = page.memberships[0]!;
    expect(osce).toEqual({
      id: "membership_russia-osce",
      organization: { slug: "osce", name: "Organization for Security and Co-operation in Europe", acronym: "OSCE" },
      focusStatus: "partner",
      counterpartStatus: "participating state",
      statuses: { focus: "PARTNER", counterpart: "PARTICIPATING_STATE" },
      since: null,
      qualifierNote: null,
      notes: [5, 8],
    });
    // Russia's own citation, then Mongolia's membership's.
    expect(osceCitations.map((c) => c.source.id)).toEqual(["source_seed-text", "source_seed-text", "source_ref-65"]);
    expect(page.eventCount).toBe(2);
    expect(page.events.map((e) => [e.slug, e.notes, e.citations.length])).toEqual([
      ["2024-09-putin-visit", [7], 1],
      ["1991-russia-joint-declaration", [3, 2], 2],
    ]);
    expect(page.facts).toEqual([]);
    expect(page.bodies).toEqual([]);
    expect(page.references.map((r) => [r.n, r.citation.source.id, r.citedBy])).toEqual([
      [1, "source_ref-39", ["relationship"]],
      [2, "source_seed-text", ["relationship", "event-1991-russia-joint-declaration"]],
      [3, "source_seed-text", ["relationship", "event-1991-russia-joint-declaration"]],
      [
        4,
        "source_seed-text",
        [
          "relationship",
          "mission-mission_mongolia-in-moscow",
          "mission-mission_mongolia-in-irkutsk",
          "mission-mission_mongolia-in-kyzyl",
          "mission-mission_mongolia-in-ulan-ude",
          "mission-mission_mongolia-in-yekaterinburg",
        ],
      ],
      [5, "source_seed-text", ["relationship", "membership-membership_russia-osce"]],
      [6, "source_ref-1", ["relationship"]],
      [7, "source_seed-text", ["event-2024-09-putin-visit"]],
      [8, "source_ref-65", ["membership-membership_russia-osce"]],
    ]);
    // The page was last updated when its newest statement was published.
    const newest = await t.db.entry.aggregate({ where: { id: { in: ["rel_russia", "event_2024-09-putin-visit", "mission_mongolia-in-moscow"] } }, _max: { publishedAt: true } });
    expect(page.lastPublishedAt).toBe(newest._max.publishedAt!.toISOString());
    expect(page.lastUpdated?.iso).toBe(page.lastPublishedAt!.slice(0, 10));
  });

  it("the Soviet Union: a historical state that names Russia as its successor", async () => {
    const page = (await getCountryPage(t.db, "soviet-union"))!;
    expect(page.country).toMatchObject({
      kind: "HISTORICAL_STATE",
      kindLabel: "Historical state",
      iso2: null,
      formerIsoCode: "SUHH",
      existedFrom: 1922,
      existedUntil: 1991,
      aliases: ["USSR", "Soviet Russia"],
      successor: russia,
      predecessors: [],
    });
    expect(page.relationship).toMatchObject({ status: "HISTORICAL", statusLabel: "Historical (state no longer exists)", notes: [1, 2] });
    expect([page.missions, page.memberships, page.events, page.eventCount]).toEqual([[], [], [], 0]);
    expect(await getCountryPage(t.db, "Soviet Union")).toBeNull();
  });

  it("the list of counterparts: first sentences, counts, depth of ties and the filters", async () => {
    const all = await listCounterparts(t.db);
    expect(all.map((c) => [c.slug, c.counts.events, c.counts.missions, c.counts.sharedMemberships, Math.round(c.depth * 13)])).toEqual([
      ["bulgaria", 1, 0, 2, 3],
      ["canada", 1, 0, 0, 1],
      ["china", 0, 0, 0, 0],
      ["egypt", 1, 0, 0, 1],
      ["japan", 1, 0, 0, 1],
      ["north-korea", 1, 0, 0, 1],
      ["qatar", 1, 0, 0, 1],
      ["russia", 2, 5, 1, 13],
      ["soviet-union", 0, 0, 0, 0],
      ["taiwan", 2, 0, 0, 2],
      ["united-states", 3, 0, 0, 3],
    ]);
    const canada = all.find((c) => c.slug === "canada")!;
    expect(canada).toEqual({
      id: "country_canada",
      slug: "canada",
      name: "Canada",
      region: "Americas",
      subregion: "Northern America",
      iso2: "CA",
      isoNumeric: "124",
      historical: false,
      status: "ACTIVE",
      statusLabel: "Diplomatic relations",
      established: { value: "1973", display: "1973", iso: "1973-01-01" },
      summaryLine: "Canada and Mongolia established diplomatic ties in 1973.",
      counts: { events: 1, missions: 0, sharedMemberships: 0 },
      depth: 1 / 13,
    });
    expect(all.find((c) => c.slug === "soviet-union")).toMatchObject({ historical: true, status: "HISTORICAL", iso2: null });
    expect(all.find((c) => c.slug === "north-korea")!.summaryLine).toBe(
      "Relations date back to 1948, when Mongolia recognised Kim Il Sung's Soviet-backed government in the North.",
    );
    expect((await listCounterparts(t.db, { establishedBefore: 1973 })).map((c) => c.slug)).toEqual(["north-korea"]);
    expect((await listCounterparts(t.db, { establishedBefore: 1974 })).map((c) => c.slug)).toEqual(["canada", "north-korea"]);
    expect((await listCounterparts(t.db, { region: "Americas", hasMission: false })).map((c) => c.slug)).toEqual(["canada", "united-states"]);
    expect(await listRegions(t.db)).toEqual(["Africa", "Americas", "Asia", "Europe"]);
  });

  it("a person's page: who they are, their country and their events", async () => {
    expect(await getPersonPage(t.db, "joe-biden")).toEqual({
      person: {
        id: "person_joe-biden",
        slug: "joe-biden",
        name: "Joe Biden",
        aliases: ["Biden", "Joseph R. Biden"],
        description: null,
        wikidataId: "Q6279",
        bornYear: null,
        diedYear: null,
        country: { slug: "united-states", name: "United States" },
      },
      events: [expect.objectContaining({ slug: "2011-08-biden-visit" })],
    });
    expect(await getPersonPage(t.db, "nobody-here")).toBeNull();
    expect(await getPersonPage(t.db, "Joe Biden")).toBeNull();
  });

  it("an event's page: date, place, countries by name, participants with their roles, qualifiers and sources", async () => {
    const e = (await getEvent(t.db, "2011-08-biden-visit"))!;
    expect(e).toMatchObject({
      id: "event_2011-08-biden-visit",
      title: "Vice President Joe Biden visits Mongolia",
      type: "VISIT",
      typeLabel: "State or official visit",
      start: { value: "2011-08", display: "August 2011", iso: "2011-08-01" },
      end: null,
      place: null,
      placeCountry: mongolia,
      countries: [mongolia, { id: "country_united-states", slug: "united-states", name: "United States" }],
      participants: [
        {
          person: { id: "person_joe-biden", slug: "joe-biden", name: "Joe Biden" },
          role: "U.S. Vice President",
          country: { id: "country_united-states", slug: "united-states", name: "United States" },
        },
      ],
      organizations: [],
      qualifiers: { official: true, certainty: "STATED", attribution: null },
      qualifierNote: null,
      version: 1,
    });
    expect(e.citations).toEqual([
      {
        source: seedText,
        excerpt: "In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.",
        locator: null,
      },
    ]);
    expect(e.publishedAt).toBe((await t.db.entry.findUniqueOrThrow({ where: { id: e.id } })).publishedAt!.toISOString());
    expect(await getEvent(t.db, "no-such-event")).toBeNull();
    expect(await getEvent(t.db, "../etc")).toBeNull();
  });

  it("an organisation's page: the focus country first, then members by name, with footnotes", async () => {
    const page = (await getOrganizationPage(t.db, "osce"))!;
    expect(page.organization).toEqual({
      id: "org_osce",
      slug: "osce",
      name: "Organization for Security and Co-operation in Europe",
      acronym: "OSCE",
      aliases: [],
      kindLabel: "Intergovernmental organisation",
      foundedYear: null,
      dissolvedYear: null,
      headquarters: null,
      url: null,
      wikidataId: null,
      description: null,
    });
    expect(page.members.map(({ citations, ...m }) => ({ ...m, citations: citations.length }))).toEqual([
      {
        id: "membership_mongolia-osce",
        country: mongolia,
        isFocus: true,
        status: "PARTNER",
        statusLabel: "partner",
        since: null,
        until: null,
        note: "The seed text calls both countries full members of the OSCE, then qualifies that Mongolia is a partner.",
        qualifierNote: null,
        notes: [1, 2],
        citations: 2,
      },
      {
        id: "membership_russia-osce",
        country: russia,
        isFocus: false,
        status: "PARTICIPATING_STATE",
        statusLabel: "participating state",
        since: null,
        until: null,
        note: null,
        qualifierNote: null,
        notes: [1],
        citations: 1,
      },
    ]);
    expect(page.references.map((r) => [r.n, r.citation.source.id, r.citedBy])).toEqual([
      [1, "source_seed-text", ["membership_mongolia-osce", "membership_russia-osce"]],
      [2, "source_ref-65", ["membership_mongolia-osce"]],
    ]);
    expect(await getOrganizationPage(t.db, "warsaw-pact")).toBeNull();
    expect(await getOrganizationPage(t.db, "OSCE!")).toBeNull();
  });

  it("the focus country's memberships, each with the counterparts that share it", async () => {
    const osce = (await listFocusMemberships(t.db)).find((m) => m.organization.slug === "osce");
    expect(osce).toEqual({
      id: "membership_mongolia-osce",
      organization: { slug: "osce", name: "Organization for Security and Co-operation in Europe", acronym: "OSCE", kindLabel: "Intergovernmental organisation" },
      status: "PARTNER",
      statusLabel: "partner",
      since: null,
      until: null,
      note: "The seed text calls both countries full members of the OSCE, then qualifies that Mongolia is a partner.",
      qualifierNote: null,
      sharedWith: [{ ...russia, statusLabel: "participating state" }],
    });
  });

  it("the home page's figures", async () => {
    const home = await getHomePage(t.db);
    expect(home.figures).toEqual({ counterparts: 11, events: 13, missionsAbroad: 5, memberships: 40, sources: 9 });
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
    expect({ ...third, items: third.items.map((e) => e.slug) }).toEqual({
      items: ["1961-mongolia-joins-the-un", "1948-recognition-of-north-korea", "1944-henry-wallace-tour"],
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

  it("search a page at a time, and a fallback to word beginnings only on the first page", async () => {
    const second = await search(t.db, "visit", 2, 3);
    expect({ ...second, hits: second.hits.map((h) => [h.id, h.kind, h.kindLabel, h.path]) }).toEqual({
      q: "visit",
      total: 8,
      page: 2,
      pageCount: 3,
      prefixMatched: false,
      hits: [
        ["event_2024-09-putin-visit", "EVENT", "Event", "/events/2024-09-putin-visit"],
        ["event_1944-henry-wallace-tour", "EVENT", "Event", "/events/1944-henry-wallace-tour"],
        ["rel_bulgaria", "RELATIONSHIP", "Relationship summary", "/countries/bulgaria"],
      ],
    });
    const typing = await search(t.db, "refug");
    expect(typing.prefixMatched).toBe(true);
    expect(typing.total).toBeGreaterThan(0);
    expect(typing.hits.map((h) => h.id)).toContain("fact_north-korean-refugees-per-month");
    expect((await search(t.db, "refug", 2)).hits).toEqual([]);
    expect(await search(t.db, "   ")).toEqual({ q: "   ", hits: [], total: 0, page: 1, pageCount: 1, prefixMatched: false });
    expect(await search(t.db, "zzzzqqq")).toMatchObject({ hits: [], total: 0, pageCount: 1, prefixMatched: false });
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
      license: "See README: data compiled from the sources cited with each entry.",
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

describe("pages after an editor's entry is published", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const publish = async (kind: "MISSION" | "BODY" | "EVENT", payload: Record<string, unknown>) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    return saved.entryId;
  };
  const cites = [{ sourceId: "source_seed-text", excerptId: null }];

  it("shows a mission's dates, a qualifier note and a joint body, and dates the page by its newest statement", async () => {
    const missionId = await publish("MISSION", {
      type: "EMBASSY",
      senderId: "country_russia",
      hostId: "country_mongolia",
      city: "Ulaanbaatar",
      name: "Embassy of Russia",
      opened: "1921-11",
      closed: "1991-12-26",
      certainty: "CLAIM",
      attribution: "Local newspapers",
      citations: cites,
    });
    await publish("BODY", {
      slug: "joint-commission",
      name: "Joint commission",
      founded: "1995",
      dissolved: "2005-06",
      countryIds: ["country_russia", "country_mongolia"],
      citations: cites,
    });
    const page = (await getCountryPage(t.db, "russia"))!;
    const mission = page.missions.find((m) => m.id === missionId)!;
    expect(mission).toMatchObject({
      sender: russia,
      host: mongolia,
      name: "Embassy of Russia",
      opened: { value: "1921-11", display: "November 1921", iso: "1921-11-01" },
      closed: { value: "1991-12-26", display: "26 December 1991", iso: "1991-12-26" },
      qualifierNote: "claim by local newspapers",
    });
    // Embassies first, then by city.
    expect(page.missions.map((m) => m.city)).toEqual(["Moscow", "Ulaanbaatar", "Irkutsk", "Kyzyl", "Ulan-Ude", "Yekaterinburg"]);
    expect(page.bodies).toEqual([
      {
        slug: "joint-commission",
        name: "Joint commission",
        description: null,
        founded: { value: "1995", display: "1995", iso: "1995-01-01" },
        dissolved: { value: "2005-06", display: "June 2005", iso: "2005-06-01" },
        citations: [{ source: seedText, excerpt: null, locator: null }],
        notes: [page.references.find((r) => r.citedBy.includes("body-joint-commission"))!.n],
      },
    ]);
    // Bodies come last in reading order.
    expect(page.references.find((r) => r.citedBy.includes("body-joint-commission"))!.citedBy.at(-1)).toBe("body-joint-commission");
    const published = await t.db.entry.findUniqueOrThrow({ where: { id: missionId } });
    expect(page.lastPublishedAt).toBe(published.publishedAt!.toISOString());
    expect((await listCounterparts(t.db, { hasMission: true })).find((c) => c.slug === "russia")!.counts.missions).toBe(6);
  });

  it("lists a counterpart by the first sentence of its summary, as plain text", async () => {
    const base = await publishedPayload(t.db, "rel_canada");
    const summary = "**Canada** and [Mongolia](https://example.org/mn) (partners since 1973) signed a `trade` deal in Ottawa. It was renewed.\n\nMore.";
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "RELATIONSHIP", entryId: "rel_canada", payload: { ...base, summary } } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    const canada = (await listCounterparts(t.db)).find((c) => c.slug === "canada")!;
    expect(canada.summaryLine).toBe("Canada and Mongolia (partners since 1973) signed a trade deal in Ottawa.");
  });

  it("shows a new event first on its countries' pages, in the feed and the timeline", async () => {
    const id = await publish("EVENT", {
      slug: "2026-11-russia-summit",
      title: "Summit in Ulaanbaatar",
      description: "A test summit.",
      type: "VISIT",
      start: "2026-11-02",
      end: "2026-11-03",
      place: "Ulaanbaatar",
      placeCountryId: "country_mongolia",
      countryIds: ["country_russia", "country_mongolia"],
      organizationIds: ["org_osce"],
      official: false,
      citations: cites,
    });
    const page = (await getCountryPage(t.db, "russia"))!;
    expect(page.eventCount).toBe(3);
    expect(page.events[0]).toMatchObject({
      id,
      start: { display: "2 November 2026" },
      end: { value: "2026-11-03" },
      place: "Ulaanbaatar",
      countries: [mongolia, russia],
      organizations: [{ id: "org_osce", slug: "osce", name: "Organization for Security and Co-operation in Europe", acronym: "OSCE" }],
      qualifierNote: "unofficial",
    });
    expect((await getOrganizationPage(t.db, "osce"))!.events.map((e) => e.id)).toEqual([id]);
    const feed = (await eventsFeed(t.db, { siteUrl: "https://atlas.example", countrySlug: "russia" }))!;
    expect(feed.indexOf("urn:atlas:event_2026-11-russia-summit")).toBeLessThan(feed.indexOf("urn:atlas:event_2024-09-putin-visit"));
    expect((await listTimeline(t.db, { page: 1 })).items[0]!.id).toBe(id);
  });
});
