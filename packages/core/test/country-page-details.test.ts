import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { listCounterparts, listRegions } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { editorial, setStatusDirectly } from "./support/publish.ts";

const cite = (source: string, more: Record<string, unknown> = {}) => [{ sourceId: `source_${source}`, ...more }];

// Japan's page after an editorial season: missions both ways (one closed), facts with units,
// years and a disputed value, a new event, a shared membership and a society, plus entries that
// must never reach a reader (a draft, an unpublished and a deleted mission, a draft event).
describe("a country page as a reader reads it", () => {
  const t = freshDatabase("seeded");
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { publish, draft, remove } = await editorial(t.db);
    ids.abeVisit = await publish("EVENT", {
      slug: "2015-abe-visit",
      title: "Prime Minister Abe visits Mongolia",
      description: "Shinzo Abe visits Ulaanbaatar.",
      type: "VISIT",
      start: "2015-10",
      countryIds: ["country_japan", "country_mongolia"],
      citations: cite("ref-26"),
    });
    await draft("EVENT", {
      slug: "2016-draft-visit",
      title: "A visit still in draft",
      description: "Not yet.",
      type: "VISIT",
      start: "2016",
      countryIds: ["country_japan"],
      citations: cite("ref-26"),
    });
    const mission = (type: string, senderId: string, hostId: string, city: string, more: Record<string, unknown> = {}) => ({
      type,
      senderId,
      hostId,
      city,
      citations: cite("ref-8"),
      ...more,
    });
    ids.nagoya = await publish("MISSION", mission("CONSULATE", "country_mongolia", "country_japan", "Nagoya"));
    ids.fukuoka = await publish("MISSION", mission("CONSULATE", "country_mongolia", "country_japan", "Fukuoka"));
    ids.beijing = await publish("MISSION", mission("EMBASSY", "country_japan", "country_china", "Beijing"));
    ids.osaka = await publish(
      "MISSION",
      mission("CONSULATE_GENERAL", "country_mongolia", "country_japan", "Osaka", { opened: "2005", closed: "2015-06", certainty: "CLAIM", attribution: "One newspaper" }),
    );
    ids.ulaanbaatar = await publish(
      "MISSION",
      mission("EMBASSY", "country_japan", "country_mongolia", "Ulaanbaatar", { opened: "1972-02", citations: cite("ref-1", { locator: "p. 3" }) }),
    );
    ids.tokyo = await publish("MISSION", mission("EMBASSY", "country_mongolia", "country_japan", "Tokyo", { name: "Embassy of Mongolia in Tokyo", opened: "1972" }));
    await draft("MISSION", mission("HONORARY_CONSULATE", "country_mongolia", "country_japan", "Sapporo"));
    await remove(ids.nagoya);
    await remove(ids.fukuoka, "DELETE");

    const fact = (subject: string, value: string, unit: string, more: Record<string, unknown> = {}) => ({
      subject,
      value,
      unit,
      countryId: "country_japan",
      citations: cite("ref-24"),
      ...more,
    });
    ids.aid = await publish(
      "FACT",
      fact("Japanese aid to Mongolia", "300", "million USD", {
        valueHigh: "350.5",
        approximate: true,
        year: 2019,
        alternatives: [
          { value: "280", note: "A lower count", citations: cite("ref-7", { locator: "table 2" }) },
          { value: "260", citations: cite("ref-7", { locator: "table 3" }) },
        ],
        preferredReason: "The later report counts loans too.",
      }),
    );
    ids.students = await publish("FACT", fact("Mongolian students in Japan", "2500", "people", { year: 2019 }));
    ids.residents = await publish("FACT", fact("Japanese residents in Mongolia", "1200", "people", { year: 2010 }));
    ids.trade = await publish("FACT", fact("Trade with Japan", "6.5", "%"));
    ids.withdrawn = await publish("FACT", fact("A withdrawn figure", "1", "people", { year: 2020 }));
    await remove(ids.withdrawn);

    await publish("MEMBERSHIP", {
      organizationId: "org_united-nations",
      countryId: "country_japan",
      status: "MEMBER",
      since: "1956-12",
      citations: cite("ref-39"),
      alternatives: [{ value: "OBSERVER", citations: cite("ref-7") }],
      preferredReason: "Admitted in full.",
    });
    // Published after the UN, listed before it: by the organisation's name.
    await publish("MEMBERSHIP", { organizationId: "org_asian-development-bank", countryId: "country_japan", status: "MEMBER", official: false, citations: cite("ref-1") });
    const club = await publish("ORGANIZATION", { slug: "pacific-club", name: "Pacific Club" });
    await publish("MEMBERSHIP", { organizationId: club, countryId: "country_japan", status: "MEMBER", citations: cite("ref-39") });
    const forum = await publish("ORGANIZATION", { slug: "steppe-forum", name: "Steppe Forum" });
    await publish("MEMBERSHIP", { organizationId: forum, countryId: "country_japan", status: "MEMBER", citations: cite("ref-39") });
    await publish("MEMBERSHIP", { organizationId: forum, countryId: "country_mongolia", status: "MEMBER", citations: cite("ref-39") });
    await setStatusDirectly(t.db, forum, "UNPUBLISHED");

    await publish("BODY", {
      slug: "mongolia-japan-society",
      name: "Mongolia-Japan Society",
      kind: "SOCIETY",
      founded: "1990",
      countryIds: ["country_japan"],
      citations: cite("ref-58"),
    });
    // Published after the society, listed before it: by name.
    await publish("BODY", {
      slug: "japan-mongolia-alumni",
      name: "Japan-Mongolia Alumni",
      description: "Graduates of Japanese universities.",
      countryIds: ["country_japan"],
      citations: cite("ref-58"),
    });
  });

  it("opens with the summary of the relations, its footnotes placed after each sentence", async () => {
    const page = (await getCountryPage(t.db, "japan"))!;
    expect(page.focus).toEqual({ id: "country_mongolia", slug: "mongolia", name: "Mongolia", takesArticle: false });
    expect(page.relationship).toMatchObject({ status: "ACTIVE", statusLabel: "Diplomatic relations", established: null, qualifierNote: null });
    expect(page.relationship!.summary).toMatch(/^Japan has been a major ally of Mongolia/);
    const cited = page.relationship!.cited!;
    expect(cited.markdown).toMatch(/largest single donor\.\[\^\]\(#fn-0\) In 2011 .*strategic alliance\.\[\^\]\(#fn-1\)$/);
    expect(cited.groups.map((g) => g.map((f) => [f.n, f.id, f.source.slug]))).toEqual([[[1, "cite-relationship-1", "seed-text"]], [[1, "cite-relationship-1-2", "seed-text"]]]);
    // Both sentences are marked, so nothing is left to cite after the summary.
    expect(page.relationship!.notes).toEqual([]);
  });

  it("lists the newest events first, drafts left out", async () => {
    const page = (await getCountryPage(t.db, "japan"))!;
    expect(page.events.map((e) => e.slug)).toEqual(["2015-abe-visit", "2011-elbegdorj-visits-japan"]);
    expect(page.eventCount).toBe(2);
    expect(page.events[0]!.notes.map((f) => f.source.slug)).toEqual(["ref-26"]);
  });

  it("lists missions both ways, embassies first, closed ones with their dates, never unpublished or draft ones", async () => {
    const page = (await getCountryPage(t.db, "japan"))!;
    expect(page.missions.map((m) => [m.typeLabel, m.city, m.sender.slug, m.host.slug])).toEqual([
      ["Embassy", "Tokyo", "mongolia", "japan"],
      ["Embassy", "Ulaanbaatar", "japan", "mongolia"],
      ["Consulate general", "Osaka", "mongolia", "japan"],
    ]);
    const [tokyo, ulaanbaatar, osaka] = page.missions;
    expect(tokyo).toMatchObject({ type: "EMBASSY", name: "Embassy of Mongolia in Tokyo", opened: { display: "1972" }, closed: null, qualifierNote: null });
    expect(ulaanbaatar).toMatchObject({ name: null, opened: { display: "February 1972" }, sender: { name: "Japan" }, host: { name: "Mongolia" } });
    expect(ulaanbaatar!.citations).toEqual([{ source: expect.objectContaining({ slug: "ref-1", marker: "1" }), excerpt: null, locator: "p. 3" }]);
    expect(osaka).toMatchObject({ opened: { display: "2005" }, closed: { display: "June 2015" }, qualifierNote: "claim by one newspaper" });
  });

  it("shows facts with their units and years, newest year first, and a disputed value with both readings", async () => {
    const page = (await getCountryPage(t.db, "japan"))!;
    expect(page.facts.map((f) => [f.subject, f.display, f.year])).toEqual([
      ["Japanese aid to Mongolia", "about 300–350.5 million USD", 2019],
      ["Mongolian students in Japan", "2,500 people", 2019],
      ["Japanese residents in Mongolia", "1,200 people", 2010],
      ["Trade with Japan", "6.5%", null],
    ]);
    const aid = page.facts[0]!;
    expect(aid.citations.map((c) => c.source.slug)).toEqual(["ref-24"]);
    expect(aid.dispute).toMatchObject({ field: "value", preferredReason: "The later report counts loans too." });
    expect(aid.dispute!.alternatives.map((a) => [a.value, a.label, a.note, a.notes.map((f) => [f.n, f.source.slug, f.passages])])).toEqual([
      ["280", "280", "A lower count", [[3, "ref-7", [{ excerpt: null, locator: "table 2" }]]]],
      ["260", "260", null, [[3, "ref-7", [{ excerpt: null, locator: "table 3" }]]]],
    ]);
    // The reference list names the source only the other readings cite, in full.
    expect(page.references[2]!.source).toEqual({
      id: "source_ref-7",
      slug: "ref-7",
      title: "Reference 7 of the seed text",
      marker: "7",
      url: null,
      kind: "REFERENCE",
      reliability: null,
      checkable: false,
    });
    expect(page.facts[1]!.dispute).toBeNull();
  });

  it("shows the organisations both countries belong to, with both statuses and both memberships' sources", async () => {
    const page = (await getCountryPage(t.db, "japan"))!;
    expect(page.memberships.map((m) => m.organization.acronym)).toEqual(["ADB", "UN"]);
    expect(page.memberships[0]).toMatchObject({ qualifierNote: "unofficial", since: null, counterpartDispute: null });
    const un = page.memberships[1]!;
    expect(un).toMatchObject({
      organization: { slug: "united-nations", name: "United Nations", acronym: "UN" },
      focusStatus: "member",
      counterpartStatus: "member",
      statuses: { focus: "MEMBER", counterpart: "MEMBER" },
      since: { display: "December 1956" },
      qualifierNote: null,
      focusDispute: null,
      counterpartDispute: { field: "status", preferredReason: "Admitted in full." },
    });
    expect(un.counterpartDispute!.alternatives.map((a) => [a.label, a.notes.map((f) => [f.n, f.source.slug])])).toEqual([["observer", [[3, "ref-7"]]]]);
    expect(un.citations.map((c) => c.source.slug)).toEqual(["ref-39", "ref-65"]);
    expect(page.bodies).toMatchObject([
      { slug: "japan-mongolia-alumni", description: "Graduates of Japanese universities.", founded: null },
      { slug: "mongolia-japan-society", name: "Mongolia-Japan Society", founded: { display: "1990" }, dissolved: null },
    ]);
  });

  it("numbers one reference per source in reading order, lettering back links to a source cited from several places", async () => {
    const page = (await getCountryPage(t.db, "japan"))!;
    // Summary, facts (each followed by its other readings), events, missions, memberships, bodies.
    expect(page.references.map((r) => [r.n, r.source.slug])).toEqual([
      [1, "seed-text"],
      [2, "ref-24"],
      [3, "ref-7"],
      [4, "ref-26"],
      [5, "ref-8"],
      [6, "ref-1"],
      [7, "ref-65"],
      [8, "ref-39"],
      [9, "ref-58"],
    ]);
    const seed = page.references[0]!;
    // Six markers point at the seed text: the status badge and the summary's first sentence quote
    // one passage; the summary's second sentence, the 2011 strategic partnership on the line of
    // relations over time, the 2011 visit and Elbegdorj's role in it the other.
    expect(seed.passages.map((p) => p.uses.map((u) => u.letter))).toEqual([
      ["a", "b"],
      ["c", "d", "e", "f"],
    ]);
    expect(seed.passages[1]!.uses[1]!.id).toMatch(/^cite-status-/);
    const ref26 = page.references[3]!;
    expect(ref26.passages.flatMap((p) => p.uses.map((u) => u.letter))).toEqual([null]);
    // One marker per source and statement, however many missions cite it.
    const ref8 = page.references[4]!;
    expect(ref8.passages).toEqual([
      { excerpt: null, locator: null, uses: ["a", "b"].map((letter, i) => ({ id: [`cite-mission-${ids.tokyo}-5`, `cite-mission-${ids.osaka}-5`][i], letter })) },
    ]);
    expect(page.memberships.map((m) => m.notes.map((f) => f.n))).toEqual([
      [6, 7],
      [7, 8],
    ]);
    expect(page.bodies.map((b) => b.notes.map((f) => [f.n, f.id]))).toEqual([[[9, "cite-body-japan-mongolia-alumni-9"]], [[9, "cite-body-mongolia-japan-society-9"]]]);
  });

  it("dates the page by its newest published statement", async () => {
    const page = (await getCountryPage(t.db, "japan"))!;
    const tokyo = await t.db.entry.findUniqueOrThrow({ where: { id: ids.tokyo } });
    expect(page.lastPublishedAt).toBe(tokyo.publishedAt!.toISOString());
    expect(page.lastUpdated?.display).toBe(tokyo.publishedAt!.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  });

  it("counts the same ties on the list of counterparts, and filters by mission", async () => {
    const japan = (await listCounterparts(t.db)).find((c) => c.slug === "japan")!;
    expect(japan.counts).toEqual({ events: 2, missions: 3, sharedMemberships: 2, facts: 4 });
    expect(japan.ties).toBe(11);
    expect((await listCounterparts(t.db, { hasMission: true })).map((c) => c.slug)).toEqual(["japan", "russia"]);
  });
});

describe("the countries as the list and each page show them", () => {
  const t = freshDatabase("seeded");

  it("lists every published country but Mongolia and its predecessor, by name, with what the atlas holds on each", async () => {
    const all = await listCounterparts(t.db);
    expect(all.map((c) => c.slug)).toEqual(["bulgaria", "canada", "china", "egypt", "japan", "north-korea", "qatar", "russia", "soviet-union", "taiwan", "united-states"]);
    const russia = all.find((c) => c.slug === "russia")!;
    expect(russia).toMatchObject({
      name: "Russia",
      localName: "Орос",
      region: "Europe",
      iso2: "RU",
      historical: false,
      status: "ACTIVE",
      statusLabel: "Diplomatic relations",
      established: null,
      counts: { events: 2, missions: 5, sharedMemberships: 1, facts: 0 },
      ties: 8,
    });
    expect(russia.summaryLine).toMatch(/^Relations between Mongolia and the Russian Federation have been traditionally strong/);
    expect(russia.summaryLine!.length).toBeLessThanOrEqual(320);
    expect(all.find((c) => c.slug === "soviet-union")).toMatchObject({ historical: true, statusLabel: "Historical (state no longer exists)" });
    expect(all.find((c) => c.slug === "north-korea")).toMatchObject({ established: { display: "1948" }, counts: { facts: 1 } });
    expect(all.find((c) => c.slug === "bulgaria")!.counts.sharedMemberships).toBe(2);
    expect(await listRegions(t.db)).toEqual(["Africa", "Americas", "Asia", "Europe"]);
    expect((await listCounterparts(t.db, { establishedBefore: 1974 })).map((c) => c.slug)).toEqual(["canada", "north-korea"]);
    // Before 1973 means before it began: Canada's ties date from 1973.
    expect((await listCounterparts(t.db, { establishedBefore: 1973 })).map((c) => c.slug)).toEqual(["north-korea"]);
    expect((await listCounterparts(t.db, { region: "Africa", hasMission: false })).map((c) => c.slug)).toEqual(["egypt"]);
  });

  it("describes the country itself: names, codes, kind, and the states before and after it", async () => {
    const russia = (await getCountryPage(t.db, "russia"))!;
    expect(russia.country).toMatchObject({
      slug: "russia",
      name: "Russia",
      localName: { language: "mn", languageName: "Mongolian", name: "Орос" },
      kind: "STATE",
      kindLabel: "Sovereign state",
      iso2: "RU",
      region: "Europe",
      existedFrom: 1991,
      existedUntil: null,
      aliases: ["Russian Federation"],
      successor: null,
      isFocusPast: false,
    });
    expect(russia.country.predecessors).toEqual([
      { id: "country_soviet-union", slug: "soviet-union", name: "Soviet Union", takesArticle: true, existedFrom: 1922, existedUntil: 1991 },
    ]);
    const ussr = (await getCountryPage(t.db, "soviet-union"))!;
    expect(ussr.country).toMatchObject({
      kindLabel: "Historical state",
      existedUntil: 1991,
      successor: { slug: "russia", existedFrom: 1991, existedUntil: null },
      isFocusPast: false,
    });
    expect(ussr.country.successor).not.toHaveProperty("entry");
    expect((await getCountryPage(t.db, "taiwan"))!.country.kindLabel).toBe("State with limited recognition");
    expect(ussr.eventCount).toBe(0);
    const canada = (await getCountryPage(t.db, "canada"))!;
    expect(canada.bodies).toMatchObject([
      { slug: "canada-mongolia-society", name: "Canada-Mongolia Society", founded: null, dissolved: { display: "1980" }, description: expect.stringMatching(/disbanded in 1980/) },
    ]);
  });

  it("shows a new country with nothing published about it yet as an empty page, undated", async () => {
    const { publish } = await editorial(t.db);
    const freedonia = await publish("COUNTRY", { slug: "freedonia", name: "Freedonia", region: "Europe", capital: "Fredville", officialName: "Republic of Freedonia" });
    const page = (await getCountryPage(t.db, "freedonia"))!;
    expect(page.country).toMatchObject({
      name: "Freedonia",
      officialName: "Republic of Freedonia",
      capital: "Fredville",
      localName: null,
      iso2: null,
      predecessors: [],
      successor: null,
    });
    expect(page).toMatchObject({
      relationship: null,
      facts: [],
      events: [],
      eventCount: 0,
      missions: [],
      memberships: [],
      bodies: [],
      references: [],
      lastPublishedAt: null,
      lastUpdated: null,
    });
    // A summary without markers is cited after its text.
    const relationshipId = await publish("RELATIONSHIP", {
      subjectId: "country_mongolia",
      counterpartId: freedonia,
      summary: "Freedonia and Mongolia exchange letters.",
      established: "2020-05-04",
      citations: cite("ref-26"),
    });
    const related = (await getCountryPage(t.db, "freedonia"))!;
    expect(related.relationship).toMatchObject({ cited: null, established: { display: "4 May 2020" } });
    expect(related.relationship!.notes.map((f) => [f.n, f.id, f.source.slug])).toEqual([[1, "cite-relationship-1", "ref-26"]]);
    const relationship = await t.db.entry.findUniqueOrThrow({ where: { id: relationshipId } });
    expect(related.lastPublishedAt).toBe(relationship.publishedAt!.toISOString());
    // An event is the newest statement once published.
    const eventId = await publish("EVENT", {
      slug: "2021-freedonia-visit",
      title: "A visit to Freedonia",
      description: "A visit.",
      type: "VISIT",
      start: "2021",
      countryIds: [freedonia, "country_mongolia"],
      citations: cite("ref-26"),
    });
    const visited = (await getCountryPage(t.db, "freedonia"))!;
    const event = await t.db.entry.findUniqueOrThrow({ where: { id: eventId } });
    expect(visited.lastPublishedAt).toBe(event.publishedAt!.toISOString());
    expect(visited.events[0]!.notes.map((f) => f.id)).toEqual(["cite-event-2021-freedonia-visit-1"]);
  });

  it("gives no page for an address that is not a slug or a country that is not published", async () => {
    expect(await getCountryPage(t.db, "Russia")).toBeNull();
    expect(await getCountryPage(t.db, "../russia")).toBeNull();
    const { draft } = await editorial(t.db);
    await draft("COUNTRY", { slug: "ruritania", name: "Ruritania", region: "Europe" });
    expect(await getCountryPage(t.db, "ruritania")).toBeNull();
    expect((await listCounterparts(t.db)).map((c) => c.slug)).not.toContain("ruritania");
  });

  it("shows a disputed relationship status with the other reading's sources, and drops citations of unpublished sources", async () => {
    const { edit } = await editorial(t.db);
    await edit("RELATIONSHIP", "rel_qatar", {
      alternatives: [{ value: "SUSPENDED", note: "A newspaper's reading", citations: [{ sourceId: "source_ref-58" }] }],
      preferredReason: "The ministry's own statement.",
      certainty: "CLAIM",
      attribution: "One newspaper",
    });
    const qatar = (await getCountryPage(t.db, "qatar"))!;
    expect(qatar.relationship!.dispute).toMatchObject({ field: "status", preferredReason: "The ministry's own statement." });
    expect(qatar.relationship!.dispute!.alternatives.map((a) => [a.value, a.label, a.note, a.notes.map((f) => [f.n, f.source.slug])])).toEqual([
      ["SUSPENDED", "Relations suspended", "A newspaper's reading", [[2, "ref-58"]]],
    ]);
    expect(qatar.references.map((r) => r.source.slug)).toEqual(["seed-text", "ref-58"]);
    const edited = await t.db.entry.findUniqueOrThrow({ where: { id: "rel_qatar" } });
    expect(qatar.lastPublishedAt).toBe(edited.publishedAt!.toISOString());
    expect(qatar.relationship!.qualifierNote).toBe("claim by one newspaper");

    const bulgaria = (await getCountryPage(t.db, "bulgaria"))!;
    expect(bulgaria.relationship!.citations.map((c) => c.source.slug)).toEqual(["seed-text", "ref-58"]);
    await setStatusDirectly(t.db, "source_ref-58", "UNPUBLISHED");
    expect((await getCountryPage(t.db, "bulgaria"))!.relationship!.citations.map((c) => c.source.slug)).toEqual(["seed-text"]);
    expect((await getCountryPage(t.db, "bulgaria"))!.references.map((r) => r.source.slug)).not.toContain("ref-58");
    expect((await getCountryPage(t.db, "qatar"))!.relationship!.dispute!.alternatives[0]!.notes).toEqual([]);
  });

  it("names no predecessor or successor that is not published", async () => {
    await setStatusDirectly(t.db, "country_soviet-union", "UNPUBLISHED");
    expect((await getCountryPage(t.db, "russia"))!.country.predecessors).toEqual([]);
    await setStatusDirectly(t.db, "country_soviet-union", "PUBLISHED");
    await setStatusDirectly(t.db, "country_russia", "UNPUBLISHED");
    expect((await getCountryPage(t.db, "soviet-union"))!.country.successor).toBeNull();
  });
});
