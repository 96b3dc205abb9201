import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { toApiCountry, toApiEvent } from "../src/public/api/to-api.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { exportKind } from "../src/public/export.ts";
import { getHomePage } from "../src/public/home.ts";
import { getOrganizationPage } from "../src/public/organizations.ts";
import { listPeople } from "../src/public/people.ts";
import { search } from "../src/public/search.ts";
import { getSourcePage, listSources } from "../src/public/sources.ts";
import { listTimeline } from "../src/public/timeline.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors } from "./support/actors.ts";

// What a demanding reader checks (issue 13), on the seeded atlas.
describe("readers", () => {
  const t = freshDatabase("seeded");

  it("gives machines dates exactly as precise as the data: never an invented day", async () => {
    const un = (await getEvent(t.db, "1961-mongolia-joins-the-un"))!;
    expect(toApiEvent(un).start).toEqual({ edtf: "1961", earliest: "1961-01-01", latest: "1961-12-31" });
    expect(un.start.datetime).toBe("1961");
    const summer = (await getEvent(t.db, "2007-summer-parvanov-visit"))!;
    expect(toApiEvent(summer).start.edtf).toBe("2007-22");
    expect(summer.start.datetime).toBe("2007");
    const putin = (await getEvent(t.db, "2024-09-putin-visit"))!;
    expect(toApiEvent(putin).start.edtf).toBe("2024-09");
    const exported = await exportKind(t.db, "EVENT");
    const starts = exported.map((e) => String(e.start));
    expect(starts).toContain("2007-22");
    expect(starts).toContain("1944");
    // No exported date is a day unless the data says which day.
    expect(starts.filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s))).toEqual([]);
  });

  it("puts each summary sentence's own footnote right after it, numbered in reading order", async () => {
    const page = (await getCountryPage(t.db, "russia"))!;
    const cited = page.relationship!.cited!;
    // Six markers in the summary, one after each sourced sentence, not all at the end.
    expect(cited.groups).toHaveLength(5);
    const sentences = cited.markdown.split(/\[\^\]\(#fn-\d+\)/).filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    const numbers = [...cited.groups.flat().map((f) => f.n), ...page.references.map((r) => r.n)];
    expect(page.references.map((r) => r.n)).toEqual(page.references.map((_r, i) => i + 1));
    expect(Math.max(...numbers)).toBe(page.references.length);
    // One reference per source: no two share a title.
    const titles = page.references.map((r) => r.source.title);
    expect(new Set(titles).size).toBe(titles.length);
    // Each event's footnotes are in numeric order.
    for (const e of page.events) expect(e.notes.map((f) => f.n)).toEqual([...e.notes.map((f) => f.n)].sort((a, b) => a - b));
  });

  it("cites the focus country's own summary on the home page", async () => {
    const home = await getHomePage(t.db);
    expect(home.summary!.cited!.groups.flat().length).toBeGreaterThanOrEqual(3);
    expect(home.references.length).toBeGreaterThanOrEqual(3);
  });

  it("has a page per source listing what cites it, and an index of sources and of people", async () => {
    const ref24 = (await getSourcePage(t.db, "ref-24"))!;
    expect(ref24.source.title).toBe("Reference 24 of the seed text");
    expect(ref24.citedBy.map((c) => c.path)).toContain("/countries/china#fact-fact_china-share-of-mongolian-exports");
    expect(ref24.pages.map((p) => p.title)).toContain("Mongolia – China relations");
    const sources = await listSources(t.db);
    expect(sources.length).toBeGreaterThan(5);
    expect(sources[0]!.slug).toBe("seed-text");
    expect(sources.every((s) => s.citedBy > 0)).toBe(true);
    const { people } = await listPeople(t.db);
    expect(people.find((p) => p.slug === "vladimir-putin")?.roles.map((r) => r.from.display)).toEqual(["September 2024"]);
  });

  it("shows the OSCE membership as disputed, with both readings and their sources", async () => {
    const russia = (await getCountryPage(t.db, "russia"))!;
    const osce = russia.memberships.find((m) => m.organization.acronym === "OSCE")!;
    expect(osce.focusStatus).toBe("partner");
    expect(osce.focusDispute!.alternatives.map((a) => a.label)).toEqual(["member"]);
    expect(osce.focusDispute!.alternatives[0]!.notes.length).toBeGreaterThan(0);
    expect(osce.focusDispute!.preferredReason).toMatch(/partner/);
    expect(toApiCountry(russia).sharedMemberships.find((m) => m.organization.acronym === "OSCE")!.focusDispute!.alternatives[0]!.value).toBe("MEMBER");
    const org = (await getOrganizationPage(t.db, "osce"))!;
    const mongolia = org.members.find((m) => m.isFocus)!;
    expect(mongolia.statusLabel).toBe("partner");
    expect(mongolia.dispute!.alternatives[0]!.notes.map((f) => f.source.title)).toContain("Foreign relations of Mongolia: the seed text");
  });

  it("forgives typos, reads other scripts and matches words across fields", async () => {
    const typo = await search(t.db, "Mongloia");
    expect(typo.suggestion).toBe("mongolia");
    expect(typo.hits.length).toBeGreaterThan(0);
    expect((await search(t.db, "Монгол")).hits.map((h) => h.path)).toContain("/");
    expect((await search(t.db, "Орос")).hits.map((h) => h.path)).toContain("/countries/russia");
    expect((await search(t.db, "Putin ICC")).hits.map((h) => h.path)).toContain("/events/2024-09-putin-visit");
    expect((await search(t.db, "refugees")).suggestion).toBeNull();
  });

  it("links events before 1992 to the Mongolian People's Republic and keeps them on Mongolia's timeline", async () => {
    const mpr = (await getCountryPage(t.db, "mongolian-peoples-republic"))!;
    expect(mpr.country.isFocusPast).toBe(true);
    expect(mpr.country.successor?.slug).toBe("mongolia");
    const un = (await getEvent(t.db, "1961-mongolia-joins-the-un"))!;
    expect(un.asFocus?.slug).toBe("mongolian-peoples-republic");
    const timeline = await listTimeline(t.db, { country: "mongolia", page: 1 }, 100);
    expect(timeline.items.map((e) => e.slug)).toContain("1961-mongolia-joins-the-un");
  });
});

describe("a new country", () => {
  const t = freshDatabase("seeded");

  it("is listed with the countries, on the map and in the home page's count as soon as it is approved", async () => {
    const a = await makeActors(t.db);
    const before = await getHomePage(t.db);
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "COUNTRY", payload: { slug: "india", name: "India", region: "Asia", iso2: "IN", isoNumeric: "356" } },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    const india = (await listCounterparts(t.db)).find((c) => c.slug === "india");
    expect(india).toMatchObject({ name: "India", isoNumeric: "356", status: null, summaryLine: null });
    const after = await getHomePage(t.db);
    expect(after.figures.counterparts).toBe(before.figures.counterparts + 1);
    expect(after.counterparts.map((c) => c.slug)).toContain("india");
    // The approval refreshes the lists that show it.
    const outbox = await t.db.revalidationJob.findMany({ select: { tags: true } });
    expect(outbox.flatMap((o) => o.tags)).toEqual(expect.arrayContaining(["countries"]));
  });
});
