import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { getSourcePage, listSources } from "../src/public/sources.ts";
import { editorial } from "./support/publish.ts";

// What a reader checking a statement needs from its source: who, when, where, how far to trust
// it — and, where the atlas does not know, the plain statement that it does not.
describe("sources a reader can check", () => {
  const t = freshDatabase("seeded");

  it("says of the seed's numbered references that their details are not recorded, without dressing them up", async () => {
    const list = await listSources(t.db);
    for (const s of list) expect(s, s.slug).toMatchObject({ missing: ["author or publisher", "date of publication"], reliability: null });
    const ref7 = (await getSourcePage(t.db, "ref-7"))!;
    expect(ref7.source).toMatchObject({ title: "Reference 7 of the seed text", author: null, publisher: null, url: null, publishedOn: null, reliability: null });
    expect(ref7.source.missing).toEqual(["author or publisher", "date of publication"]);
    // The seed text's own page speaks to readers, not of files in a repository.
    expect((await getSourcePage(t.db, "seed-text"))!.source.note).not.toMatch(/prisma|\.txt|seed\//);
  });

  it("lists every passage a page quotes under a reference, though its words are kept with the seed text", async () => {
    const ref7 = (await getSourcePage(t.db, "ref-7"))!;
    expect(ref7.passages).toHaveLength(1);
    expect(ref7.passages[0]).toMatchObject({
      id: "excerpt_s02",
      text: expect.stringMatching(/^In 2001, Mongolia sent policemen to Egypt/),
      quotedFrom: { slug: "seed-text", title: "Foreign relations of Mongolia: the seed text" },
    });
    expect(ref7.passages[0]!.citedBy.map((c) => c.id).sort()).toEqual(["event_2001-police-training-in-egypt", "rel_egypt"]);
    expect((await listSources(t.db)).find((s) => s.slug === "ref-7")).toMatchObject({ excerpts: 0, passages: 1 });
    // Reference 65 backs the UN sentence: one passage, whatever number of entries cite it.
    const ref65 = (await getSourcePage(t.db, "ref-65"))!;
    expect(ref65.passages.map((p) => p.id)).toEqual(["excerpt_s22"]);
  });

  it("gives a recorded source every detail a citation manager keeps, with its tier on the scale", async () => {
    const { publish } = await editorial(t.db);
    await publish("SOURCE", {
      slug: "customs-yearbook",
      title: "Customs statistical yearbook 2009",
      kind: "OFFICIAL",
      publisher: "General Customs Administration of Mongolia",
      publishedOn: "2010-03",
      url: "https://customs.example.mn/yearbook-2009",
      archiveUrl: "https://web.archive.org/web/2024/https://customs.example.mn/yearbook-2009",
      accessedOn: "2024-05-06",
      language: "mn",
      reliability: "PRIMARY",
    });
    const page = (await getSourcePage(t.db, "customs-yearbook"))!;
    expect(page.source).toMatchObject({
      publisher: "General Customs Administration of Mongolia",
      publishedOn: { display: "March 2010", edtf: "2010-03" },
      archiveUrl: "https://web.archive.org/web/2024/https://customs.example.mn/yearbook-2009",
      accessedOn: { display: "6 May 2024" },
      language: { code: "mn", name: "Mongolian" },
      reliability: { tier: "PRIMARY", label: "Primary record", meaning: expect.stringContaining("official text") },
      missing: [],
    });
    expect(page.passages).toEqual([]);
  });

  it("asks a web page for its address, and any address for when it was consulted", async () => {
    const { publish } = await editorial(t.db);
    await publish("SOURCE", { slug: "a-blog-post", title: "A blog post", kind: "WEB", author: "A. Blogger", publishedOn: "2021" });
    await publish("SOURCE", { slug: "an-article", title: "An article", kind: "ARTICLE", author: "B. Writer", publishedOn: "2019-07-01", url: "https://example.org/article" });
    expect((await getSourcePage(t.db, "a-blog-post"))!.source.missing).toEqual(["web address"]);
    expect((await getSourcePage(t.db, "an-article"))!.source.missing).toEqual(["date the address was consulted"]);
  });

  it("lists a place cited without words (a page number) as a passage of its own", async () => {
    const { publish } = await editorial(t.db);
    await publish("EVENT", {
      slug: "2012-cited-by-page",
      title: "Cited by page",
      description: "What happened.",
      type: "VISIT",
      start: "2012",
      countryIds: ["country_japan", "country_mongolia"],
      citations: [{ sourceId: "source_ref-8", locator: "p. 12" }],
    });
    const ref8 = (await getSourcePage(t.db, "ref-8"))!;
    expect(ref8.passages.map((p) => [p.text, p.locator, p.citedBy.map((c) => c.label)])).toEqual([
      [expect.stringMatching(/^In 2001/), null, ["Mongolia – Egypt relations", "Mongolian police train in Egypt"]],
      [null, "p. 12", ["Cited by page"]],
    ]);
  });
});
