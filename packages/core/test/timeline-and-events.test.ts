import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { publicDate } from "../src/public/dates.ts";
import { getEvent, loadEventsByIds } from "../src/public/events.ts";
import { getHomePage } from "../src/public/home.ts";
import { getSite } from "../src/public/site.ts";
import { listTimeline, timelineWhere } from "../src/public/timeline.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors } from "./support/actors.ts";

// An event's own page and the timeline, as a reader sees them: who took part and in what order,
// where, when (no more precisely than the sources say), what it cites, and nothing unpublished.

const SUMMIT = {
  slug: "2023-05-ulaanbaatar-summit",
  title: "Leaders meet in Ulaanbaatar",
  description: "Leaders of three countries met in Ulaanbaatar.[^1] They agreed to study a new railway.[^2]",
  type: "AGREEMENT",
  start: "2023-05-14",
  end: "2023-05-16",
  place: "Government Palace",
  placeCountryId: "country_mongolia",
  countryIds: ["country_russia", "country_mongolia", "country_china"],
  participants: [
    { personId: "person_vladimir-putin", role: "President of Russia", countryId: "country_russia" },
    { personId: "person_tsakhiagiin-elbegdorj", role: "Former President of Mongolia" },
    { personId: "person_joe-biden", role: "Observer", countryId: "country_united-states" },
  ],
  organizationIds: ["org_united-nations"],
  citations: [{ sourceId: "source_ref-24", locator: "p. 3" }, { sourceId: "source_ref-26" }],
  certainty: "CLAIM",
  attribution: "one newspaper",
};

describe("an event's page", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  let summitId: string;
  const publish = async (kind: "EVENT" | "COUNTRY", payload: Record<string, unknown>) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    return saved.entryId;
  };
  beforeAll(async () => {
    a = await makeActors(t.db);
    summitId = await publish("EVENT", SUMMIT);
  });

  it("names the participants in the editors' order, with the countries they spoke for, and where and when it was", async () => {
    const e = (await getEvent(t.db, SUMMIT.slug))!;
    expect(e.participants.map((p) => [p.person.name, p.role, p.country?.name ?? null])).toEqual([
      ["Vladimir Putin", "President of Russia", "Russia"],
      ["Tsakhiagiin Elbegdorj", "Former President of Mongolia", null],
      ["Joe Biden", "Observer", "United States"],
    ]);
    expect(e.participants[0]!.person).toEqual({ id: "person_vladimir-putin", slug: "vladimir-putin", name: "Vladimir Putin" });
    expect(e.countries.map((c) => c.name)).toEqual(["China", "Mongolia", "Russia"]);
    expect(e.organizations).toEqual([{ id: "org_united-nations", slug: "united-nations", name: "United Nations", acronym: "UN" }]);
    expect(e).toMatchObject({
      place: "Government Palace",
      placeCountry: { slug: "mongolia", name: "Mongolia" },
      type: "AGREEMENT",
      typeLabel: "Agreement or treaty",
      asFocus: null,
      version: 1,
    });
    expect(e.start).toEqual({ edtf: "2023-05-14", display: "14 May 2023", earliest: "2023-05-14", latest: "2023-05-14", datetime: "2023-05-14" });
    expect(e.end).toEqual({ edtf: "2023-05-16", display: "16 May 2023", earliest: "2023-05-16", latest: "2023-05-16", datetime: "2023-05-16" });
    expect(e.qualifiers).toEqual({ official: true, certainty: "CLAIM", attribution: "one newspaper" });
    expect(e.qualifierNote).toBe("claim by one newspaper");
    expect(Date.parse(e.publishedAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("puts each sentence's footnote after it, with the sources in a numbered reference list", async () => {
    const e = (await getEvent(t.db, SUMMIT.slug))!;
    expect(e.citations.map((c) => [c.source.slug, c.locator])).toEqual([
      ["ref-24", "p. 3"],
      ["ref-26", null],
    ]);
    expect(e.cited!.groups.map((g) => g.map((f) => f.n))).toEqual([[1], [2]]);
    expect(e.cited!.markdown).toBe("Leaders of three countries met in Ulaanbaatar.[^](#fn-0) They agreed to study a new railway.[^](#fn-1)");
    // Every citation has its marker in the text, so none is left to put after the whole.
    expect(e.notes).toEqual([]);
    expect(e.references.map((r) => [r.n, r.source.title])).toEqual([
      [1, "Reference 24 of the seed text"],
      [2, "Reference 26 of the seed text"],
    ]);
    // A description that marks no sentence is shown as written, its footnotes after it.
    const biden = (await getEvent(t.db, "2011-08-biden-visit"))!;
    expect(biden.cited).toBeNull();
    expect(biden.notes.map((f) => [f.n, f.source.slug, f.passages.length])).toEqual([[1, "seed-text", 1]]);
    expect(biden.references.map((r) => r.n)).toEqual([1]);
  });

  it("leaves out a participant, an organisation or a country that is no longer published", async () => {
    // However an entry left the site (a takedown, a scheduled end, a restored backup), the event
    // page must not name it.
    await t.db.entry.updateMany({ where: { id: { in: ["person_joe-biden", "org_united-nations", "country_china"] } }, data: { status: "UNPUBLISHED" } });
    try {
      const e = (await getEvent(t.db, SUMMIT.slug))!;
      expect(e.participants.map((p) => p.person.name)).toEqual(["Vladimir Putin", "Tsakhiagiin Elbegdorj"]);
      expect(e.organizations).toEqual([]);
      expect(e.countries.map((c) => c.name)).toEqual(["Mongolia", "Russia"]);
      await t.db.entry.update({ where: { id: "country_russia" }, data: { status: "UNPUBLISHED" } });
      await t.db.entry.update({ where: { id: "country_mongolia" }, data: { status: "UNPUBLISHED" } });
      const bare = (await loadEventsByIds(t.db, [summitId]))[0]!;
      expect(bare.participants.map((p) => [p.person.name, p.country])).toEqual([
        ["Vladimir Putin", null],
        ["Tsakhiagiin Elbegdorj", null],
      ]);
      expect([bare.placeCountry, bare.countries]).toEqual([null, []]);
    } finally {
      await t.db.entry.updateMany({
        where: { id: { in: ["person_joe-biden", "org_united-nations", "country_china", "country_russia", "country_mongolia"] } },
        data: { status: "PUBLISHED" },
      });
    }
  });

  it("does not exist for an address that cannot be a slug, an unknown slug, or an event still in review", async () => {
    for (const slug of ["", "Leaders Meet", "../admin", "2023-05-ulaanbaatar-summit/", "x".repeat(300)]) expect(await getEvent(t.db, slug), slug).toBeNull();
    expect(await getEvent(t.db, "2023-06-no-such-event")).toBeNull();
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", payload: { ...SUMMIT, slug: "2023-06-draft-summit", participants: [], organizationIds: [] } },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    expect(await getEvent(t.db, "2023-06-draft-summit")).toBeNull();
    expect((await listTimeline(t.db, { from: 2023, to: 2023, page: 1 })).items.map((e) => e.slug)).toEqual([SUMMIT.slug]);
  });

  it("names the focus country as it then was when the event involved a predecessor", async () => {
    const wallace = (await getEvent(t.db, "1944-henry-wallace-tour"))!;
    expect(wallace.asFocus).toMatchObject({ slug: "mongolian-peoples-republic", name: "Mongolian People's Republic" });
    expect((await getEvent(t.db, "2011-08-biden-visit"))!.asFocus).toBeNull();
    const [byId] = await loadEventsByIds(t.db, ["event_1944-henry-wallace-tour"]);
    expect(byId!.asFocus).toBeNull(); // without being told the focus country's past, it names none
    expect(byId!.citations).toEqual([]);
    const home = await getHomePage(t.db);
    expect(home.latestEvents.map((e) => e.slug).slice(0, 2)).toEqual(["2024-09-putin-visit", SUMMIT.slug]);
    expect(home.figures.events).toBe(14);
  });

  it("reads several events at once newest first, the same day in slug order, published ones only", async () => {
    const side = await publish("EVENT", {
      ...SUMMIT,
      slug: "2023-05-a-side-meeting",
      title: "A side meeting",
      participants: [],
      organizationIds: [],
      start: "2023-05-14",
      end: null,
    });
    const ids = ["event_1944-henry-wallace-tour", summitId, side, "event_2011-08-biden-visit", "event_nothing"];
    expect((await loadEventsByIds(t.db, ids)).map((e) => e.slug)).toEqual(["2023-05-a-side-meeting", SUMMIT.slug, "2011-08-biden-visit", "1944-henry-wallace-tour"]);
    const timeline = await listTimeline(t.db, { from: 2023, to: 2023, page: 1 });
    expect(timeline.items.map((e) => e.slug)).toEqual(["2023-05-a-side-meeting", SUMMIT.slug]);
  });
});

describe("the timeline's filters", () => {
  const t = freshDatabase("seeded");

  it("holds the focus country's events under its predecessor's name too, and nothing else", async () => {
    const site = await getSite(t.db);
    const mongolia = await listTimeline(t.db, { country: "mongolia", page: 1 }, 100);
    expect(mongolia.total).toBe(13);
    expect(mongolia.items.map((e) => e.slug)).toEqual(expect.arrayContaining(["1944-henry-wallace-tour", "1961-mongolia-joins-the-un", "2024-09-putin-visit"]));
    expect(mongolia.items.find((e) => e.slug === "1961-mongolia-joins-the-un")!.asFocus?.slug).toBe("mongolian-peoples-republic");
    // The predecessor's own timeline is only what it did.
    const mpr = await listTimeline(t.db, { country: "mongolian-peoples-republic", page: 1 }, 100);
    expect(mpr.items.map((e) => e.start.edtf).every((y) => Number(y.slice(0, 4)) < 1992)).toBe(true);
    expect(mpr.total).toBeLessThan(mongolia.total);
    expect(timelineWhere({ country: "russia" }, site)).toEqual({ countries: { some: { country: { slug: "russia", entry: { is: { status: "PUBLISHED" } } } } } });
    expect(timelineWhere({}, site)).toEqual({});
  });

  it("finds nothing for a country that is not published, or a type nobody did", async () => {
    await t.db.entry.update({ where: { id: "country_qatar" }, data: { status: "UNPUBLISHED" } });
    expect((await listTimeline(t.db, { country: "qatar", page: 1 })).total).toBe(0);
    await t.db.entry.update({ where: { id: "country_qatar" }, data: { status: "PUBLISHED" } });
    expect((await listTimeline(t.db, { country: "qatar", page: 1 })).items.map((e) => e.slug)).toEqual(["2020-qatar-memorandum"]);
    expect((await listTimeline(t.db, { type: "CONFLICT", page: 1 })).total).toBe(0);
    expect((await listTimeline(t.db, { type: "RECOGNITION", page: 1 })).items.map((e) => e.slug)).toEqual([
      "2002-roc-recognises-mongolian-sovereignty",
      "1948-recognition-of-north-korea",
    ]);
  });

  it("takes a year range from the first day of the first year to the last day of the last, each end on its own", async () => {
    expect((await listTimeline(t.db, { from: 2011, page: 1 })).items.map((e) => e.slug)).toEqual([
      "2024-09-putin-visit",
      "2020-qatar-memorandum",
      "2011-08-biden-visit",
      "2011-elbegdorj-visits-japan",
    ]);
    expect((await listTimeline(t.db, { to: 1948, page: 1 })).items.map((e) => e.slug)).toEqual(["1948-recognition-of-north-korea", "1944-henry-wallace-tour"]);
    expect((await listTimeline(t.db, { from: 2007, to: 2007, page: 1 })).items.map((e) => e.start.display)).toEqual(["Summer 2007"]);
  });

  it("pages newest first without gaps or repeats, and reports how many pages there are", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const p = await listTimeline(t.db, { page }, 3);
      expect(p).toMatchObject({ total: 13, page, pageCount: 5, pageSize: 3 });
      seen.push(...p.items.map((e) => e.slug));
    }
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
    const all = (await listTimeline(t.db, { page: 1 }, 13)).items;
    expect(all.map((e) => e.slug)).toEqual(seen);
    expect(all.map((e) => e.start.earliest)).toEqual([...all.map((e) => e.start.earliest)].sort().reverse());
    expect((await listTimeline(t.db, { page: 1 }, 13)).pageCount).toBe(1);
    expect((await listTimeline(t.db, { page: 1 }, 12)).pageCount).toBe(2);
  });
});

describe("dates on pages and in the API", () => {
  it("are absent when the data has none", () => {
    expect(publicDate(null, "DAY")).toBeNull();
    expect(publicDate(undefined, undefined)).toBeNull();
    expect(publicDate(new Date(Date.UTC(2011, 7, 1)), null)).toBeNull();
  });

  it("say no more than the data: a season gives its year to <time>, a decade nothing", () => {
    expect(publicDate(new Date(Date.UTC(2007, 5, 1)), "SEASON")).toEqual({
      edtf: "2007-22",
      display: "Summer 2007",
      earliest: "2007-06-01",
      latest: "2007-08-31",
      datetime: "2007",
    });
    expect(publicDate(new Date(Date.UTC(1990, 0, 1)), "DECADE")).toEqual({ edtf: "199X", display: "the 1990s", earliest: "1990-01-01", latest: "1999-12-31", datetime: null });
    expect(publicDate(new Date(Date.UTC(2024, 1, 1)), "MONTH")).toEqual({
      edtf: "2024-02",
      display: "February 2024",
      earliest: "2024-02-01",
      latest: "2024-02-29",
      datetime: "2024-02",
    });
  });
});

describe("the focus country's timeline", () => {
  const t = freshDatabase("seeded");

  it("leaves out events between other countries", async () => {
    const a = await makeActors(t.db);
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        payload: { ...SUMMIT, slug: "2023-russia-china-talks", countryIds: ["country_russia", "country_china"], placeCountryId: null, participants: [], organizationIds: [] },
      },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    expect((await listTimeline(t.db, { country: "russia", page: 1 }, 100)).items.map((e) => e.slug)).toContain("2023-russia-china-talks");
    const mongolia = await listTimeline(t.db, { country: "mongolia", page: 1 }, 100);
    expect(mongolia.items.map((e) => e.slug)).not.toContain("2023-russia-china-talks");
    expect(mongolia.total).toBe(13);
  });
});
