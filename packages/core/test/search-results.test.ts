import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { search } from "../src/public/search.ts";

// The search page as a reader uses it: results a page at a time, marked where they match,
// forgiving accents, other scripts, half-typed words and typos, and honest when nothing matches.

// eslint-disable-next-line no-control-regex -- the marks search puts around matches are control characters
const marked = (s: string) => [...s.matchAll(/\u0001(.*?)\u0002/g)].map((m) => m[1]!.toLowerCase());

describe("search", () => {
  const t = freshDatabase("seeded");

  it("answers an empty or blank query with an empty first page", async () => {
    for (const q of ["", "   "]) expect(await search(t.db, q, 3)).toEqual({ q, hits: [], total: 0, page: 1, pageCount: 1, prefixMatched: false, suggestion: null });
  });

  it("gives each hit its kind's name, a page to go to, and marks the words that matched", async () => {
    const r = await search(t.db, "Qatar");
    expect(r).toMatchObject({ q: "Qatar", page: 1, prefixMatched: false, suggestion: null });
    const country = r.hits.find((h) => h.path === "/countries/qatar")!;
    expect(country).toMatchObject({ id: "country_qatar", kind: "COUNTRY", kindLabel: "Country" });
    expect(marked(country.title)).toEqual(["qatar"]);
    const event = r.hits.find((h) => h.kind === "EVENT")!;
    expect(event).toMatchObject({ id: "event_2020-qatar-memorandum", kindLabel: "Event", path: "/events/2020-qatar-memorandum" });
    expect(marked(event.snippet)).toContain("qatar");
    expect(r.total).toBe(r.hits.length);
    expect(r.pageCount).toBe(1);
    const ranks = r.hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
  });

  it("pages through many results without repeats, the same order as one long page", async () => {
    const all = await search(t.db, "Mongolia", 1, 500);
    expect(all.total).toBeGreaterThan(6);
    expect(all.hits).toHaveLength(all.total);
    const pages = Math.ceil(all.total / 3);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const r = await search(t.db, "Mongolia", page, 3);
      expect(r).toMatchObject({ total: all.total, page, pageCount: pages });
      seen.push(...r.hits.map((h) => h.id));
    }
    expect(seen).toEqual(all.hits.map((h) => h.id));
    // Past the last page: nothing, and no "did you mean" for a word that exists.
    expect(await search(t.db, "Mongolia", pages + 1, 3)).toMatchObject({ hits: [], suggestion: null, prefixMatched: false });
  });

  it("ignores accents and reads names in other scripts", async () => {
    const plain = (await search(t.db, "Ulaanbaatar")).hits.map((h) => h.id);
    expect(plain.length).toBeGreaterThan(0);
    expect((await search(t.db, "Ulaanbáátar")).hits.map((h) => h.id)).toEqual(plain);
    expect((await search(t.db, "QATAR")).hits.map((h) => h.id)).toEqual((await search(t.db, "qatar")).hits.map((h) => h.id));
    expect((await search(t.db, "Орос")).hits.map((h) => h.path)).toContain("/countries/russia");
  });

  it("completes a word still being typed on the first page, and says so", async () => {
    const typing = await search(t.db, "Ulaanb");
    expect(typing.prefixMatched).toBe(true);
    expect(typing.suggestion).toBeNull();
    const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort();
    expect(ids(typing)).toEqual(ids(await search(t.db, "Ulaanbaatar")));
    expect(typing.hits.some((h) => marked(h.title + h.snippet).includes("ulaanbaatar"))).toBe(true);
  });

  it("goes on completing a half-typed word on the next pages, as the first page's page count promised", async () => {
    for (const q of ["Parv", "Elb", "Ulaa", "Joh"]) {
      const all = await search(t.db, q, 1, 50);
      expect(all.prefixMatched, q).toBe(true);
      expect(all.total, q).toBeGreaterThan(2);
      const first = await search(t.db, q, 1, 2);
      const second = await search(t.db, q, 2, 2);
      expect([first.pageCount, second.page, second.prefixMatched, second.suggestion], q).toEqual([Math.ceil(all.total / 2), 2, true, null]);
      expect(
        [...first.hits, ...second.hits].map((h) => h.id),
        q,
      ).toEqual(all.hits.slice(0, 4).map((h) => h.id));
    }
    // A long query is completed from its first eight words.
    const long = await search(t.db, `${"Parv ".repeat(8)}xqzvwk`);
    expect(long.prefixMatched).toBe(true);
    expect(long.hits.map((h) => h.id).sort()).toEqual((await search(t.db, "Parv", 1, 50)).hits.map((h) => h.id).sort());
    // Past the last page of a search that found its words: nothing, and no other reading.
    const mongolia = await search(t.db, "Mongolia", 1, 500);
    expect(await search(t.db, "Mongolia", 2, 500)).toMatchObject({ hits: [], prefixMatched: false, suggestion: null });
    expect(mongolia.prefixMatched).toBe(false);
  });

  it("suggests the nearest known spelling of each unknown word, keeping the words it knows", async () => {
    const typo = await search(t.db, "Mongloia refugees");
    expect(typo.suggestion).toBe("mongolia refugees");
    expect(typo.hits.map((h) => h.id)).toEqual((await search(t.db, "mongolia refugees")).hits.map((h) => h.id));
    expect(typo.hits.length).toBeGreaterThan(0);
    expect(typo.total).toBe(typo.hits.length);
    expect(typo.prefixMatched).toBe(false);
    expect((await search(t.db, "Bidn")).suggestion).toBe("biden");
  });

  it("suggests nothing when no known word is near, and says honestly that nothing matched", async () => {
    // "Mongloia xqzvwk": a spelling is known for the first word, but nothing has both.
    for (const q of ["xqzvwk", "zz", "1234567", "Mongolia xqzvwk", "Mongloia xqzvwk"]) {
      const r = await search(t.db, q);
      expect(r, q).toMatchObject({ q, hits: [], total: 0, pageCount: 1, suggestion: null, prefixMatched: false });
    }
  });
});
