import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { pageAsOf, parseAsOf, readAsOf } from "../src/public/as-of.ts";
import { changesSince } from "../src/public/changes-since.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getHomePage } from "../src/public/home.ts";
import { publishedPayload } from "./support/actors.ts";
import { editorial } from "./support/publish.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("a page as it stood at a moment", () => {
  const t = freshDatabase("seeded");
  let w: Awaited<ReturnType<typeof editorial>>;
  let beforeEdits: Date;
  const seededSummary = async () => (await publishedPayload(t.db, "rel_china")).summary as string;
  let oldSummary: string;

  beforeAll(async () => {
    w = await editorial(t.db);
    oldSummary = await seededSummary();
    await tick();
    beforeEdits = new Date();
    await tick();
    await w.edit("RELATIONSHIP", "rel_china", { summary: `${oldSummary}\n\nA sentence added after the moment cited.` });
    await w.remove("fact_china-share-of-mongolian-exports");
    // A draft with other words, never published: no version of any page may show it.
    await w.draft("RELATIONSHIP", { ...(await publishedPayload(t.db, "rel_china")), summary: "Words only a draft holds, cited nowhere yet." }, "rel_china");
  });

  it("shows the words the page had then, not today's nor a draft's", async () => {
    const then = await pageAsOf(t.db, beforeEdits, "country", "china");
    expect(then?.data.relationship?.summary).toBe(oldSummary);
    expect(then?.data.relationship?.summary).not.toContain("added after the moment");
    const now = await pageAsOf(t.db, new Date(), "country", "china");
    expect(now?.data.relationship?.summary).toContain("A sentence added after the moment cited.");
    for (const page of [then, now]) expect(JSON.stringify(page)).not.toContain("Words only a draft holds");
  });

  it("keeps what was taken down since, with its footnotes", async () => {
    const then = (await pageAsOf(t.db, beforeEdits, "country", "china"))!.data;
    expect(then.facts.map((f) => f.display)).toEqual(["48%"]);
    expect(then.facts[0]!.notes.length).toBeGreaterThan(0);
    expect((await getCountryPage(t.db, "china"))!.facts).toEqual([]);
  });

  it("writes nothing: today's page and entries are as they were", async () => {
    const entries = await t.db.entry.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true } });
    const page = await getCountryPage(t.db, "china");
    await pageAsOf(t.db, beforeEdits, "country", "china");
    expect(await t.db.entry.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true } })).toEqual(entries);
    expect(await getCountryPage(t.db, "china")).toEqual(page);
  });

  it("finds a page by today's address after its slug changed, with the slug it had then", async () => {
    await w.edit("COUNTRY", "country_china", { slug: "peoples-republic-of-china" });
    const moment = new Date();
    await tick();
    const then = await pageAsOf(t.db, beforeEdits, "country", "peoples-republic-of-china");
    expect(then?.slug).toBe("china");
    expect(then?.data.relationship?.summary).toBe(oldSummary);
    expect((await pageAsOf(t.db, beforeEdits, "country", "china"))?.data.country.name).toBe("China");
    expect((await pageAsOf(t.db, moment, "country", "peoples-republic-of-china"))?.slug).toBe("peoples-republic-of-china");
    await w.edit("COUNTRY", "country_china", { slug: "china" });
  });

  it("has no page before anything was published", async () => {
    expect(await pageAsOf(t.db, new Date("2001-01-01T00:00:00Z"), "country", "china")).toBeNull();
    const home = await readAsOf(t.db, new Date("2001-01-01T00:00:00Z"), getHomePage);
    expect(home.counterparts).toEqual([]);
  });

  it("lists what changed on the page since, and nothing of other pages", async () => {
    const changes = await changesSince(t.db, beforeEdits, { route: "country", slug: "china" });
    expect(changes.map((c) => [c.kind, c.what])).toEqual(
      expect.arrayContaining([
        ["Relationship summary", "changed"],
        ["Quantified fact", "removed"],
      ]),
    );
    const russia = await changesSince(t.db, beforeEdits, { route: "country", slug: "russia" });
    expect(russia.map((c) => c.id)).not.toContain("rel_china");
    expect(await changesSince(t.db, new Date(), { route: "country", slug: "china" })).toEqual([]);
  });
});

describe("as-of values in addresses", () => {
  it("reads a day as the end of that day and a time to the second, in UTC", () => {
    expect(parseAsOf("2026-12-01")?.at.toISOString()).toBe("2026-12-01T23:59:59.999Z");
    expect(parseAsOf("2026-12-01T10:15:04Z")?.at.toISOString()).toBe("2026-12-01T10:15:04.000Z");
    expect(parseAsOf("2026-12-01T10:15Z")?.key).toBe("2026-12-01T10:15:00Z");
  });

  it("refuses what is not a date, rather than moving it", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "yesterday", "2026-12-01T25:00Z", "2026-12-01T10:15:04", "0999-01-01", ""]) expect(parseAsOf(bad)).toBeNull();
  });
});
