import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { exportDataset, exportKindCsv } from "../src/public/export.ts";
import { eventsFeed } from "../src/public/feeds.ts";
import { getHomePage } from "../src/public/home.ts";
import { getOrganizationPage, listFocusMemberships } from "../src/public/organizations.ts";
import { getPersonPage } from "../src/public/people.ts";
import { parseSearchQuery, parseTimelineQuery } from "../src/public/query-params.ts";
import { search } from "../src/public/search.ts";
import { listTimeline } from "../src/public/timeline.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors } from "./support/actors.ts";

describe("public reads", () => {
  const t = freshDatabase("seeded");

  it("builds the China page with its summary, facts and numbered footnotes", async () => {
    const page = (await getCountryPage(t.db, "china"))!;
    expect(page.focus.name).toBe("Mongolia");
    expect(page.relationship?.summary).toMatch(/biggest trade partner/);
    expect(page.facts.map((f) => f.display)).toEqual(["48%"]);
    expect(page.references.map((r) => r.n)).toEqual(page.references.map((_r, i) => i + 1));
    expect(page.relationship?.cited?.groups.length).toBeGreaterThan(0);
    const ref24 = page.references.find((r) => r.source.marker === "24")!;
    expect(ref24.passages.map((p) => p.excerpt).join(" ")).toMatch(/48% of Mongolian exports/);
    expect(page.facts[0]!.notes.map((f) => f.n)).toContain(ref24.n);
  });

  it("lists Russia's five missions and the OSCE both belong to", async () => {
    const page = (await getCountryPage(t.db, "russia"))!;
    expect(page.missions.map((m) => `${m.typeLabel} in ${m.city}`)).toEqual([
      "Embassy in Moscow",
      "Consulate general in Irkutsk",
      "Consulate general in Kyzyl",
      "Consulate general in Ulan-Ude",
      "Branch office in Yekaterinburg",
    ]);
    expect(page.memberships.map((m) => [m.organization.acronym, m.focusStatus, m.counterpartStatus])).toEqual([["OSCE", "partner", "participating state"]]);
  });

  it("returns null for a country that does not exist", async () => {
    expect(await getCountryPage(t.db, "atlantis")).toBeNull();
  });

  it("finds the North Korean refugee estimate when searching for refugees", async () => {
    const r = await search(t.db, "refugees");
    const fact = r.hits.find((h) => h.kind === "FACT")!;
    expect(fact.title).toContain("\u0001refugees\u0002");
    expect(fact.path).toBe("/countries/north-korea#fact-fact_north-korean-refugees-per-month");
    expect(r.hits[0]!.rank).toBeGreaterThanOrEqual(r.hits.at(-1)!.rank);
  });

  it("falls back to prefix matching while a word is being typed, and survives odd input", async () => {
    expect((await search(t.db, "tianj")).hits.map((h) => h.path)).toContain("/countries/china");
    for (const q of ["'\"&|!():*", "<script>alert(1)</script>", "x".repeat(200)]) {
      await expect(search(t.db, q)).resolves.toMatchObject({ q });
    }
  });

  it("shows SCO as an observer membership of Mongolia, shared with nobody", async () => {
    const list = await listFocusMemberships(t.db);
    expect(list).toHaveLength(40);
    const sco = list.find((m) => m.organization.acronym === "SCO")!;
    expect(sco.statusLabel).toBe("observer");
    const icc = list.find((m) => m.organization.acronym === "ICC")!;
    expect(icc.sharedWith.map((c) => c.name)).toEqual(["Bulgaria"]);
    const un = (await getOrganizationPage(t.db, "united-nations"))!;
    expect(un.members[0]).toMatchObject({ isFocus: true, since: { display: "1961" } });
  });

  it("filters the timeline to 2011: Biden's visit and Elbegdorj's visit to Japan", async () => {
    const q = parseTimelineQuery({ year: "2011" });
    const page = await listTimeline(t.db, q.value);
    expect(page.items.map((e) => e.slug).sort()).toEqual(["2011-08-biden-visit", "2011-elbegdorj-visits-japan"]);
    expect(page.items.find((e) => e.slug === "2011-08-biden-visit")!.start.display).toBe("August 2011");
  });

  it("clamps or drops bad query parameters and says why", () => {
    const q = parseTimelineQuery({ page: "-1", year: "abc", type: "PARTY", country: "<b>" });
    expect(q.value).toEqual({ from: undefined, to: undefined, type: undefined, country: undefined, page: 1 });
    expect(q.problems).toHaveLength(4);
    const s = parseSearchQuery({ q: "x".repeat(10_000) });
    expect(s.value.q).toHaveLength(200);
    expect(s.problems[0]).toMatch(/limited to 200 characters/);
  });

  it("lists counterparts with their sourced ties and filters", async () => {
    const all = await listCounterparts(t.db);
    const russia = all.find((c) => c.slug === "russia")!;
    expect(russia.ties).toBe(russia.counts.events + russia.counts.missions + russia.counts.sharedMemberships + russia.counts.facts);
    expect(all.find((c) => c.slug === "china")!.ties).toBeGreaterThan(0);
    expect((await listCounterparts(t.db, { hasMission: true })).map((c) => c.slug)).toEqual(["russia"]);
    expect((await listCounterparts(t.db, { establishedBefore: 1960 })).map((c) => c.slug)).toEqual(["north-korea"]);
    expect((await listCounterparts(t.db, { region: "Europe" })).map((c) => c.slug)).toEqual(["bulgaria", "russia", "soviet-union"]);
  });

  it("exports JSON, CSV and Atom with stable ids", async () => {
    const data = await exportDataset(t.db);
    expect((data.events as { id: string }[]).map((e) => e.id)).toContain("event_2011-08-biden-visit");
    const csv = await exportKindCsv(t.db, "MISSION");
    expect(csv.split("\n")[0]).toBe("id,version,publishedAt,type,senderId,hostId,city,name,opened,closed,citations,official,certainty,attribution");
    const atom = (await eventsFeed(t.db, { siteUrl: "https://atlas.example", countrySlug: "united-states" }))!;
    expect(atom).toContain("<id>urn:atlas:event_2011-08-biden-visit</id>");
    expect(atom).not.toContain("event_2024-09-putin-visit");
    expect(await eventsFeed(t.db, { siteUrl: "https://atlas.example", countrySlug: "atlantis" })).toBeNull();
  });
});

describe("a takedown", () => {
  const t = freshDatabase("seeded");

  it("takes an entry of every kind off every public page, list, search, feed and export at once", async () => {
    const a = await makeActors(t.db);
    const STRICT = { allowSelfApproval: false };
    const publish = async (kind: "COUNTRY" | "ORGANIZATION" | "PERSON", payload: Record<string, unknown>) => {
      const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload } });
      await submitRevision({ db: t.db, actor: a.editor, input: saved });
      await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT });
      return saved.entryId;
    };
    // Entries nothing else uses, of every kind (new ones where every seeded one is in use).
    const country = await publish("COUNTRY", { slug: "ruritania", name: "Ruritania", region: "Europe" });
    const organization = await publish("ORGANIZATION", { slug: "league-of-ruritania", name: "League of Ruritania", acronym: "LOR" });
    const person = await publish("PERSON", { slug: "rudolf-rassendyll", name: "Rudolf Rassendyll" });
    const taken = {
      country,
      organization,
      person,
      event: "event_2011-08-biden-visit",
      mission: "mission_mongolia-in-kyzyl",
      membership: "membership_russia-osce",
      fact: "fact_north-korean-refugees-per-month",
      relationship: "rel_egypt",
      body: "body_canada-mongolia-society",
    };
    expect((await getCountryPage(t.db, "ruritania"))?.country.name).toBe("Ruritania");
    for (const entryId of Object.values(taken)) {
      const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId }, action: "UNPUBLISH" });
      await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
    }
    await drainJobs({ url: t.url, db: t.db });

    // Their own pages are gone…
    expect(await getCountryPage(t.db, "ruritania")).toBeNull();
    expect(await getOrganizationPage(t.db, "league-of-ruritania")).toBeNull();
    expect(await getPersonPage(t.db, "rudolf-rassendyll")).toBeNull();
    expect(await getEvent(t.db, "2011-08-biden-visit")).toBeNull();
    // …and they are on no other page.
    const russia = (await getCountryPage(t.db, "russia"))!;
    expect(russia.missions.map((m) => m.city)).not.toContain("Kyzyl");
    expect(russia.memberships.map((m) => m.organization.acronym)).not.toContain("OSCE");
    expect((await getCountryPage(t.db, "egypt"))!.relationship).toBeNull();
    expect((await getCountryPage(t.db, "united-states"))!.events.map((e) => e.slug)).not.toContain("2011-08-biden-visit");
    expect((await getCountryPage(t.db, "north-korea"))!.facts.map((f) => f.id)).not.toContain(taken.fact);
    expect((await getCountryPage(t.db, "canada"))!.bodies).toEqual([]);
    expect((await getOrganizationPage(t.db, "osce"))!.members.map((m) => m.country.slug)).not.toContain("russia");
    expect((await listCounterparts(t.db)).map((c) => c.slug)).not.toContain("ruritania");
    expect((await listTimeline(t.db, { from: 2011, to: 2011, page: 1 })).items.map((e) => e.slug)).toEqual(["2011-elbegdorj-visits-japan"]);
    expect((await getHomePage(t.db)).latestEvents.map((e) => e.slug)).not.toContain("2011-08-biden-visit");
    expect(await eventsFeed(t.db, { siteUrl: "https://atlas.example" })).not.toContain("event_2011-08-biden-visit");
    const found = new Set(
      (await Promise.all(["Ruritania", "Rassendyll", "Biden visit", "Kyzyl", "refugees", "Egypt", "Canada-Mongolia Society"].map((q) => search(t.db, q)))).flatMap((r) =>
        r.hits.map((h) => h.id),
      ),
    );
    expect(Object.values(taken).filter((id) => found.has(id))).toEqual([]);
    const exported = JSON.stringify(await exportDataset(t.db));
    expect(Object.values(taken).filter((id) => exported.includes(`"id":"${id}"`))).toEqual([]);
  });
});
