import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { getPersonPage, listPeople } from "../src/public/people.ts";
import { getSourcePage, listSources } from "../src/public/sources.ts";
import { editorial, setStatusDirectly } from "./support/publish.ts";

const event = (slug: string, start: string, more: Record<string, unknown> = {}) => ({
  slug,
  title: `Event ${slug}`,
  description: "What happened.",
  type: "VISIT",
  start,
  countryIds: ["country_united-states", "country_mongolia"],
  citations: [{ sourceId: "source_ref-7", locator: "p. 12" }],
  ...more,
});

describe("the sources pages: what each source is and what cites it", () => {
  const t = freshDatabase("seeded");

  it("lists the seed text first, then the references by number (9 before 24), each with how many entries cite it", async () => {
    const list = await listSources(t.db);
    expect(list.map((s) => s.slug)).toEqual(["seed-text", "ref-1", "ref-7", "ref-8", "ref-24", "ref-26", "ref-39", "ref-58", "ref-65"]);
    expect(list[0]).toMatchObject({ kind: "DOCUMENT", kindLabel: "Document", marker: null });
    const ref7 = list.find((s) => s.slug === "ref-7")!;
    expect(ref7).toMatchObject({ title: "Reference 7 of the seed text", kind: "REFERENCE", kindLabel: "Reference work", marker: "7", excerpts: 0 });
    // The Egypt summary and the 2001 police training, each once however often it cites the source.
    expect(ref7.citedBy).toBe(2);
  });

  it("shows each entry citing a source once, where readers find it, with the passages of the source in order", async () => {
    const page = (await getSourcePage(t.db, "ref-7"))!;
    expect(page.source).toMatchObject({ slug: "ref-7", title: "Reference 7 of the seed text", kindLabel: "Reference work", marker: "7", publishedOn: null, accessedOn: null });
    expect(page.citedBy.map((c) => [c.kind, c.kindLabel, c.path, c.alternative])).toEqual([
      ["RELATIONSHIP", "Relationship summary", "/countries/egypt", false],
      ["EVENT", "Event", "/events/2001-police-training-in-egypt", false],
    ]);
    // In the order of the entries' labels, as the editors name them.
    const labels = page.citedBy.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    expect(page.pages).toEqual([
      { path: "/countries/egypt", title: "Mongolia – Egypt relations" },
      { path: "/events/2001-police-training-in-egypt", title: "Mongolian police train in Egypt" },
    ]);
    // The focus country's own summary is the home page.
    const ref1 = (await getSourcePage(t.db, "ref-1"))!;
    expect(ref1.pages.map((p) => [p.path, p.title])).toEqual([
      ["/countries/china", "Mongolia – China relations"],
      ["/countries/russia", "Mongolia – Russia relations"],
      ["/", "Mongolia's foreign relations (home page)"],
    ]);
  });

  it("marks citations of another reading, and names every kind of page citing the seed text", async () => {
    const page = (await getSourcePage(t.db, "seed-text"))!;
    expect(page.passages.map((e) => e.id)).toEqual([...page.passages.map((e) => e.id)].sort());
    const osce = page.citedBy.find((c) => c.id === "membership_mongolia-osce")!;
    expect(osce.path).toMatch(/^\/organizations\/osce/);
    // Cited by both the OSCE membership's own status and its other reading, listed once.
    expect(page.citedBy.filter((c) => c.id === "membership_mongolia-osce")).toHaveLength(1);
    const s16 = page.passages.find((e) => e.citedBy.some((c) => c.id === "membership_mongolia-osce"))!;
    expect(s16.citedBy.filter((c) => c.id === "membership_mongolia-osce").map((c) => c.alternative)).toEqual([false, true]);
    const titles = page.pages.map((p) => p.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(titles).toEqual(
      expect.arrayContaining([
        "Mongolia – Russia relations",
        "Organization for Security and Co-operation in Europe",
        "International Criminal Court",
        "Vladimir Putin visits Mongolia",
      ]),
    );
  });

  it("gives no page for a bad or unpublished source, and stops counting entries taken down", async () => {
    expect(await getSourcePage(t.db, "Ref 7")).toBeNull();
    const { draft, publish, remove } = await editorial(t.db);
    await draft("SOURCE", { slug: "unpublished-diary", title: "A diary", kind: "BOOK" });
    expect(await getSourcePage(t.db, "unpublished-diary")).toBeNull();
    expect((await listSources(t.db)).map((s) => s.slug)).not.toContain("unpublished-diary");

    const book = await publish("SOURCE", {
      slug: "a-history",
      title: "A history",
      kind: "BOOK",
      author: "A. Author",
      publisher: "A Press",
      url: "https://example.org/history",
      publishedOn: "2001-03-04",
      accessedOn: "2024-05-06",
    });
    const page = (await getSourcePage(t.db, "a-history"))!;
    expect(page.source).toMatchObject({
      id: book,
      kindLabel: "Book",
      author: "A. Author",
      publisher: "A Press",
      url: "https://example.org/history",
      publishedOn: { display: "4 March 2001" },
      accessedOn: { display: "6 May 2024" },
      note: null,
    });
    expect([page.citedBy, page.pages, page.passages]).toEqual([[], [], []]);
    // Sources without a reference number come first, by title; one no entry cites yet counts none.
    expect((await listSources(t.db)).map((s) => [s.slug, s.citedBy]).slice(0, 3)).toEqual([
      ["a-history", 0],
      ["seed-text", expect.any(Number)],
      ["ref-1", 3],
    ]);

    // An entry citing two passages of one source counts once, and its page is named.
    const { edit } = await editorial(t.db);
    await edit("PERSON", "person_joe-biden", {
      citations: [
        { sourceId: book, locator: "p. 1" },
        { sourceId: book, locator: "p. 2" },
      ],
    });
    expect((await listSources(t.db)).find((s) => s.slug === "a-history")!.citedBy).toBe(1);
    const cited = (await getSourcePage(t.db, "a-history"))!;
    expect(cited.citedBy.map((c) => [c.id, c.kindLabel, c.path, c.locator])).toEqual([["person_joe-biden", "Person", "/people/joe-biden", "p. 1"]]);
    expect(cited.pages).toEqual([{ path: "/people/joe-biden", title: "Joe Biden" }]);

    await draft("EVENT", event("2012-draft-visit", "2012"));
    expect((await listSources(t.db)).find((s) => s.slug === "ref-7")!.citedBy).toBe(2);
    await remove("event_2001-police-training-in-egypt");
    expect((await listSources(t.db)).find((s) => s.slug === "ref-7")!.citedBy).toBe(1);
    expect((await getSourcePage(t.db, "ref-7"))!.citedBy.map((c) => c.id)).toEqual(["rel_egypt"]);
  });
});

describe("sources keep their reading order however editors added them", () => {
  const t = freshDatabase("seeded");

  it("numbers the references in order (2 before 11 before 30), the unnumbered ones first by title", async () => {
    const { publish } = await editorial(t.db);
    const added: [string, string | null, string][] = [
      ["ref-30", "30", "Reference thirty"],
      ["zeta-notes", null, "Zeta notes"],
      ["ref-2", "2", "Reference two"],
      ["alpha-notes", null, "Alpha notes"],
      ["ref-11", "11", "Reference eleven"],
    ];
    for (const [slug, marker, title] of added) await publish("SOURCE", { slug, title, kind: "BOOK", marker, publisher: `${title} Press` });
    const list = await listSources(t.db);
    const numbered = ["ref-1", "ref-2", "ref-7", "ref-8", "ref-11", "ref-24", "ref-26", "ref-30", "ref-39", "ref-58", "ref-65"];
    expect(list.map((s) => s.slug)).toEqual(["alpha-notes", "seed-text", "zeta-notes", ...numbered]);
    expect(list.find((s) => s.slug === "ref-2")).toMatchObject({ marker: "2", publisher: "Reference two Press", citedBy: 0, excerpts: 0 });
  });

  it("shows passages in the order the editor numbered them, each with only the entries citing it, and the citing entries by name", async () => {
    const { publish } = await editorial(t.db);
    // Added last-first: the page must not rely on the order rows were written.
    const diary = await publish("SOURCE", {
      slug: "travel-diary",
      title: "A travel diary",
      kind: "BOOK",
      excerpts: [
        { id: "excerpt_diary-second", text: "The second passage.", position: 1 },
        { id: "excerpt_diary-first", text: "The first passage.", position: 0 },
      ],
    });
    const cite = (excerptId: string) => ({ citations: [{ sourceId: diary, excerptId }] });
    await publish("PERSON", { slug: "zoe-zed", name: "Zoe Zed", ...cite("excerpt_diary-first") });
    await publish("PERSON", { slug: "abe-able", name: "Abe Able", ...cite("excerpt_diary-second") });
    await publish("PERSON", { slug: "max-mid", name: "Max Mid", ...cite("excerpt_diary-first") });

    const page = (await getSourcePage(t.db, "travel-diary"))!;
    expect(page.passages.map((e) => [e.text, e.citedBy.map((c) => c.label)])).toEqual([
      ["The first passage.", ["Max Mid", "Zoe Zed"]],
      ["The second passage.", ["Abe Able"]],
    ]);
    expect(page.citedBy.map((c) => c.label)).toEqual(["Abe Able", "Max Mid", "Zoe Zed"]);
    expect(page.pages.map((p) => p.title)).toEqual(["Abe Able", "Max Mid", "Zoe Zed"]);
  });
});

describe("people: their pages and the roles the events date", () => {
  const t = freshDatabase("seeded");
  beforeAll(async () => {
    const { publish, draft, remove } = await editorial(t.db);
    const biden = (role: string) => [{ personId: "person_joe-biden", role, countryId: "country_united-states" }];
    await publish("EVENT", event("2010-03-biden-call", "2010-03", { participants: biden("U.S. Vice President") }));
    await publish("EVENT", event("2013-biden-lecture", "2013", { participants: biden("Former Vice President") }));
    await draft("EVENT", event("2014-biden-draft", "2014", { participants: biden("Draft role") }));
    const withdrawn = await publish("EVENT", event("2015-biden-withdrawn", "2015", { participants: biden("Withdrawn role") }));
    await remove(withdrawn);
    await publish("PERSON", { slug: "nobody-in-particular", name: "Aaron Nobody" });
  });

  it("lists everyone by name, each role first and last seen in published events", async () => {
    const { people } = await listPeople(t.db);
    expect(people.map((p) => p.name)).toEqual([
      "Aaron Nobody",
      "Georgi Parvanov",
      "Henry A. Wallace",
      "Joe Biden",
      "Kim Il Sung",
      "Mike Johanns",
      "Tsakhiagiin Elbegdorj",
      "Vladimir Putin",
    ]);
    expect(people[0]).toMatchObject({ slug: "nobody-in-particular", country: null, roles: [] });
    const biden = people.find((p) => p.slug === "joe-biden")!;
    expect(biden.country).toEqual({ id: "country_united-states", slug: "united-states", name: "United States", takesArticle: true });
    expect(biden.roles.map((r) => [r.role, r.from.display, r.to.display, r.events, r.country?.slug])).toEqual([
      ["U.S. Vice President", "March 2010", "August 2011", 2, "united-states"],
      ["Former Vice President", "2013", "2013", 1, "united-states"],
    ]);
    // A role names the country it was held for, as the API gives it: no more than a reference.
    expect(biden.roles[0]!.country).toEqual({ id: "country_united-states", slug: "united-states", name: "United States", takesArticle: true });
    expect(people.find((p) => p.slug === "henry-wallace")!.roles.map((r) => [r.role, r.from.display, r.events])).toEqual([["U.S. Vice President", "1944", 1]]);
  });

  it("shows a person's page with the events that name them, and nothing for a bad or unknown address", async () => {
    const page = (await getPersonPage(t.db, "joe-biden"))!;
    expect(page.person).toEqual({
      id: "person_joe-biden",
      slug: "joe-biden",
      name: "Joe Biden",
      aliases: ["Biden", "Joseph R. Biden"],
      description: null,
      wikidataId: "Q6279",
      bornYear: null,
      diedYear: null,
      country: { id: "country_united-states", slug: "united-states", name: "United States", takesArticle: true },
    });
    expect(page.events.map((e) => e.slug).sort()).toEqual(["2010-03-biden-call", "2011-08-biden-visit", "2013-biden-lecture"]);
    expect(page.roles.map((r) => r.role)).toEqual(["U.S. Vice President", "Former Vice President"]);
    expect((await getPersonPage(t.db, "nobody-in-particular"))!.roles).toEqual([]);
    expect(await getPersonPage(t.db, "Joe Biden")).toBeNull();
    expect(await getPersonPage(t.db, "joe-bidenn")).toBeNull();
  });

  it("names no country that is not published", async () => {
    await setStatusDirectly(t.db, "country_bulgaria", "UNPUBLISHED");
    expect((await getPersonPage(t.db, "georgi-parvanov"))!.person.country).toBeNull();
    expect((await listPeople(t.db)).people.find((p) => p.slug === "georgi-parvanov")!.country).toBeNull();
    await setStatusDirectly(t.db, "person_georgi-parvanov", "DELETED");
    expect(await getPersonPage(t.db, "georgi-parvanov")).toBeNull();
    expect((await listPeople(t.db)).people.map((p) => p.slug)).not.toContain("georgi-parvanov");
  });
});
