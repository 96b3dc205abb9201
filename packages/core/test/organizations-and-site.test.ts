import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { listCounterparts, listRegions } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { loadDisputes } from "../src/public/disputes.ts";
import { loadFacts } from "../src/public/facts.ts";
import { findMovedPage } from "../src/public/moved.ts";
import { getOrganizationPage, listFocusMemberships } from "../src/public/organizations.ts";
import { getSite } from "../src/public/site.ts";
import { editorial, setStatusDirectly } from "./support/publish.ts";

const cite = (source: string) => [{ sourceId: `source_${source}` }];

describe("organisations: Mongolia's memberships and each organisation's members", () => {
  const t = freshDatabase("seeded");
  beforeAll(async () => {
    const { publish } = await editorial(t.db);
    await publish("MEMBERSHIP", { organizationId: "org_united-nations", countryId: "country_japan", status: "MEMBER", since: "1956-12", citations: cite("ref-39") });
    await publish("MEMBERSHIP", {
      organizationId: "org_united-nations",
      countryId: "country_canada",
      status: "FORMER_MEMBER",
      since: "1945",
      until: "1946",
      note: "A test of an ended membership",
      certainty: "ESTIMATE",
      citations: cite("ref-8"),
    });
  });

  it("lists Mongolia's memberships by organisation, with the counterparts in each and the disputed status", async () => {
    const list = await listFocusMemberships(t.db);
    const names = list.map((m) => m.organization.name);
    // By name (compared by initial: collations differ on dashes such as Asia–Europe's).
    const initials = names.map((n) => n[0]!);
    expect(initials).toEqual([...initials].sort());
    expect(names.at(-1)).toBe("World Trade Organization");
    const un = list.find((m) => m.organization.slug === "united-nations")!;
    expect(un).toMatchObject({
      organization: { name: "United Nations", acronym: "UN", aliases: [], kindLabel: "Intergovernmental organisation" },
      status: "MEMBER",
      statusLabel: "member",
      since: { display: "1961" },
      until: null,
      note: null,
      qualifierNote: null,
      disputed: [],
    });
    expect(un.sharedWith.map((c) => [c.slug, c.statusLabel])).toEqual([
      ["canada", "former member"],
      ["japan", "member"],
    ]);
    const osce = list.find((m) => m.organization.acronym === "OSCE")!;
    expect(osce.disputed).toEqual([{ label: "member", note: expect.stringMatching(/^The sentence's opening words call both countries full members/) }]);
    expect(osce.sharedWith).toEqual([{ id: "country_russia", slug: "russia", name: "Russia", takesArticle: false, statusLabel: "participating state" }]);
  });

  it("shows an organisation's page: Mongolia first, then members by name, each with dates, notes and numbered footnotes", async () => {
    const page = (await getOrganizationPage(t.db, "united-nations"))!;
    expect(page.organization).toMatchObject({
      slug: "united-nations",
      name: "United Nations",
      acronym: "UN",
      kindLabel: "Intergovernmental organisation",
      wikidataId: "Q1065",
      description: null,
    });
    expect(page.members.map((m) => [m.country.slug, m.isFocus])).toEqual([
      ["mongolia", true],
      ["canada", false],
      ["japan", false],
    ]);
    expect(page.members[1]).toMatchObject({
      status: "FORMER_MEMBER",
      statusLabel: "former member",
      since: { display: "1945" },
      until: { display: "1946" },
      note: "A test of an ended membership",
      qualifierNote: "estimate",
      dispute: null,
    });
    expect(page.members.map((m) => m.notes.map((f) => [f.n, f.source.slug]))).toEqual([[[1, "ref-65"]], [[2, "ref-8"]], [[3, "ref-39"]]]);
    expect(page.members[2]!.citations.map((c) => c.source.slug)).toEqual(["ref-39"]);
    expect(page.references.map((r) => r.source.slug)).toEqual(["ref-65", "ref-8", "ref-39"]);
    expect(page.events.map((e) => e.slug)).toEqual(["1961-mongolia-joins-the-un"]);
  });

  it("gives the disputed reading its own footnotes on the organisation's page", async () => {
    const page = (await getOrganizationPage(t.db, "osce"))!;
    expect(page.members.map((m) => m.country.slug)).toEqual(["mongolia", "russia"]);
    const mongolia = page.members[0]!;
    expect(mongolia.dispute!.alternatives.map((a) => [a.label, a.notes.map((f) => f.source.slug)])).toEqual([["member", ["seed-text", "ref-65"]]]);
    expect(mongolia.dispute!.preferredReason).toMatch(/parenthesis is more precise/);
    // The other reading cites a passage of the seed text: the footnote previews it.
    const s16 = await t.db.excerpt.findUniqueOrThrow({ where: { id: "excerpt_s16" } });
    expect(mongolia.dispute!.alternatives[0]!.notes[0]!.passages).toEqual([{ excerpt: s16.text, locator: null }]);
  });

  it("shows no page for a bad, unknown or unpublished organisation, and no member that is not published", async () => {
    expect(await getOrganizationPage(t.db, "United Nations")).toBeNull();
    expect(await getOrganizationPage(t.db, "league-of-nations")).toBeNull();
    await setStatusDirectly(t.db, "country_japan", "UNPUBLISHED");
    expect((await getOrganizationPage(t.db, "united-nations"))!.members.map((m) => m.country.slug)).toEqual(["mongolia", "canada"]);
    expect((await listFocusMemberships(t.db)).find((m) => m.organization.slug === "united-nations")!.sharedWith.map((c) => c.slug)).toEqual(["canada"]);
    const { remove } = await editorial(t.db);
    await remove("membership_mongolia-iso");
    expect((await listFocusMemberships(t.db)).map((m) => m.organization.slug)).not.toContain("iso");
    expect((await getOrganizationPage(t.db, "iso"))!.members).toEqual([]);
    await setStatusDirectly(t.db, "org_osce", "UNPUBLISHED");
    expect(await getOrganizationPage(t.db, "osce")).toBeNull();
    expect((await listFocusMemberships(t.db)).map((m) => m.organization.slug)).not.toContain("osce");
  });
});

describe("the site and its focus country, with the states before it", () => {
  const t = freshDatabase("seeded");

  it("names the atlas, its focus country and language, and the Mongolian People's Republic before it", async () => {
    const site = await getSite(t.db);
    expect(site).toMatchObject({
      title: "Foreign Relations Atlas",
      tagline: "Mongolia's relations with the world: sourced, dated and open.",
      language: { code: "mn", name: "Mongolian" },
      focus: { id: "country_mongolia", slug: "mongolia", name: "Mongolia", takesArticle: false, iso2: "MN" },
    });
    expect(site.focus.summary).toMatch(/^Mongolia's geopolitical position/);
    expect(site.focus.predecessors).toEqual([
      {
        id: "country_mongolian-peoples-republic",
        slug: "mongolian-peoples-republic",
        name: "Mongolian People's Republic",
        takesArticle: true,
        existedFrom: 1924,
        existedUntil: 1992,
      },
    ]);
  });

  it("follows predecessors of predecessors, newest first, published ones only, and keeps them all off the counterparts", async () => {
    const { publish, draft } = await editorial(t.db);
    await publish("COUNTRY", {
      slug: "bogd-khanate",
      name: "Bogd Khanate",
      kind: "HISTORICAL_STATE",
      region: "Asia",
      existedFrom: 1911,
      existedUntil: 1924,
      successorId: "country_mongolian-peoples-republic",
    });
    await publish("COUNTRY", {
      slug: "mongolian-provisional-state",
      name: "Mongolian Provisional State",
      kind: "HISTORICAL_STATE",
      region: "Asia",
      existedFrom: 1990,
      existedUntil: 1992,
      successorId: "country_mongolia",
    });
    await publish("COUNTRY", { slug: "undated-predecessor", name: "Undated Predecessor", kind: "HISTORICAL_STATE", region: "Oceania", successorId: "country_mongolia" });
    await draft("COUNTRY", { slug: "draft-khanate", name: "Draft Khanate", kind: "HISTORICAL_STATE", region: "Asia", successorId: "country_mongolia" });
    const site = await getSite(t.db);
    expect(site.focus.predecessors.map((p) => [p.slug, p.existedUntil])).toEqual([
      ["mongolian-peoples-republic", 1992],
      ["mongolian-provisional-state", 1992],
      ["undated-predecessor", null],
      ["bogd-khanate", 1924],
    ]);
    const listed = (await listCounterparts(t.db)).map((c) => c.slug);
    expect(listed.filter((s) => ["mongolia", "mongolian-peoples-republic", "bogd-khanate", "mongolian-provisional-state", "undated-predecessor"].includes(s))).toEqual([]);
    // Oceania has no country listed: the only one there is a predecessor of Mongolia.
    expect(await listRegions(t.db)).toEqual(["Africa", "Americas", "Asia", "Europe"]);
    const bogd = (await getCountryPage(t.db, "bogd-khanate"))!;
    expect(bogd.country).toMatchObject({ isFocusPast: true, successor: { slug: "mongolian-peoples-republic", existedFrom: 1924, existedUntil: 1992 } });
    expect((await getCountryPage(t.db, "mongolian-peoples-republic"))!.country.predecessors.map((p) => p.slug)).toEqual(["bogd-khanate"]);
  });
});

describe("a site without a language, or not set up at all", () => {
  const t = freshDatabase("seeded");

  it("shows countries' names in English only, and says what to do when the site is missing", async () => {
    await t.db.site.update({ where: { id: 1 }, data: { language: null } });
    expect((await getSite(t.db)).language).toBeNull();
    expect((await getCountryPage(t.db, "russia"))!.country.localName).toBeNull();
    expect((await listCounterparts(t.db)).find((c) => c.slug === "russia")!.localName).toBeNull();
    await t.db.site.delete({ where: { id: 1 } });
    await expect(getSite(t.db)).rejects.toThrow("The site is not set up: run pnpm db:seed (or pnpm start) first.");
  });
});

describe("facts wherever they are listed", () => {
  const t = freshDatabase("seeded");

  it("carry their sources, and name their country only while it is published", async () => {
    const facts = await loadFacts(t.db, {}, { staleAfterYears: 5 });
    expect(facts.map((f) => [f.subject, f.country?.slug, f.citations.map((c) => c.source.slug)])).toEqual([
      ["North Korean refugees entering Mongolia", "north-korea", ["seed-text"]],
      ["Share of Mongolian exports going to China", "china", ["ref-24"]],
    ]);
    expect(facts[0]).toMatchObject({
      value: "500",
      valueHigh: null,
      unit: "people per month",
      approximate: true,
      year: null,
      qualifiers: { official: true, certainty: "ESTIMATE", attribution: "One scholar" },
    });
    expect((await loadFacts(t.db, {}, { staleAfterYears: 5, citations: false })).map((f) => f.citations)).toEqual([[], []]);
    await setStatusDirectly(t.db, "country_north-korea", "UNPUBLISHED");
    expect((await loadFacts(t.db, { countryId: "country_north-korea" }, { staleAfterYears: 5 }))[0]!.country).toBeNull();
  });
});

describe("disputes, asked for by entry", () => {
  const t = freshDatabase("seeded");

  it("are loaded for the entries asked about only", async () => {
    const disputes = await loadDisputes(t.db, ["membership_mongolia-osce", "membership_russia-osce"]);
    expect([...disputes.keys()]).toEqual(["membership_mongolia-osce"]);
    expect((await loadDisputes(t.db, ["membership_russia-osce"])).size).toBe(0);
    expect((await loadDisputes(t.db, [])).size).toBe(0);
  });
});

describe("moved pages", () => {
  const t = freshDatabase("seeded");

  it("sends an organisation's old address to its new one only while it is published", async () => {
    const { publish, edit, remove } = await editorial(t.db);
    const id = await publish("ORGANIZATION", { slug: "steppe-forum", name: "Steppe Forum" });
    await edit("ORGANIZATION", id, { slug: "steppe-council" });
    expect(await findMovedPage(t.db, "organization", "steppe-forum")).toBe("steppe-council");
    expect(await findMovedPage(t.db, "country", "steppe-forum")).toBeNull();
    expect(await findMovedPage(t.db, "organization", "Steppe Forum")).toBeNull();
    expect(await findMovedPage(t.db, "organization", "never-was-here")).toBeNull();
    // A person once at the same address: each kind's old address leads to its own page.
    const { publish: publishPerson } = await editorial(t.db);
    const person = await publishPerson("PERSON", { slug: "steppe-forum", name: "Steppe Forum (a pen name)" });
    await edit("PERSON", person, { slug: "steppe-writer" });
    expect(await findMovedPage(t.db, "person", "steppe-forum")).toBe("steppe-writer");
    expect(await findMovedPage(t.db, "organization", "steppe-forum")).toBe("steppe-council");
    await remove(id);
    expect(await findMovedPage(t.db, "organization", "steppe-forum")).toBeNull();
  });

  it("follows a person's and an event's renamed pages too", async () => {
    const { edit } = await editorial(t.db);
    await edit("PERSON", "person_joe-biden", { slug: "joseph-biden" });
    expect(await findMovedPage(t.db, "person", "joe-biden")).toBe("joseph-biden");
    await edit("EVENT", "event_2011-08-biden-visit", { slug: "2011-08-vice-president-biden-visit" });
    expect(await findMovedPage(t.db, "event", "2011-08-biden-visit")).toBe("2011-08-vice-president-biden-visit");
    expect(await findMovedPage(t.db, "person", "2011-08-biden-visit")).toBeNull();
  });
});

describe("the countries list: what it says of each counterpart, from published entries only", () => {
  const t = freshDatabase("seeded");
  const row = async (slug: string) => (await listCounterparts(t.db)).find((c) => c.slug === slug)!;

  it("gives each counterpart's article, relationship and counts, and drops whatever is taken off the site", async () => {
    expect([(await row("united-states")).takesArticle, (await row("egypt")).takesArticle]).toEqual([true, false]);
    const { publish } = await editorial(t.db);
    const shared = await publish("MEMBERSHIP", { organizationId: "org_united-nations", countryId: "country_egypt", status: "MEMBER", citations: cite("ref-7") });
    const before = await row("egypt");
    expect(before.statusLabel).not.toBeNull();
    expect(before.summaryLine).toMatch(/\w/);
    expect(before.counts).toMatchObject({ events: 1, sharedMemberships: 1 });

    await setStatusDirectly(t.db, "rel_egypt", "UNPUBLISHED");
    await setStatusDirectly(t.db, "event_2001-police-training-in-egypt", "UNPUBLISHED");
    await setStatusDirectly(t.db, shared, "UNPUBLISHED");
    const after = await row("egypt");
    expect([after.status, after.statusLabel, after.established, after.summaryLine]).toEqual([null, null, null, null]);
    expect(after.counts).toMatchObject({ events: 0, sharedMemberships: 0 });
  });
});
