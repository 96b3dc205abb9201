import { beforeEach, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { EXPORT_SETS } from "../src/kinds/registry.ts";
import { ZApiCounterpart, ZApiCountry, ZApiEvent } from "../src/public/api/dtos.ts";
import { openApiDocument } from "../src/public/api/openapi.ts";
import { toApiCounterpart, toApiCountry, toApiEvent } from "../src/public/api/to-api.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { parseCountriesQuery, parseTimelineQuery } from "../src/public/query-params.ts";
import { getSite } from "../src/public/site.ts";
import { listTimeline } from "../src/public/timeline.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors } from "./support/actors.ts";
import { schemaErrors, type Schema } from "./support/json-schema.ts";

// What a program reading /api/v1 relies on: every answer is what /api/v1/openapi.json says it
// is, carries values rather than the pages' display text, and holds published data only.

type Operation = {
  summary?: string;
  parameters?: { name: string; in: string; schema: Schema }[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};
type Doc = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Schema> };
};

// The document is made afresh in each test (as each request for it is answered).
let doc: Doc;
let components: Record<string, Schema>;
beforeEach(() => {
  doc = openApiDocument("https://atlas.example") as unknown as Doc;
  components = doc.components.schemas;
});
/** What the document promises a 200 answer of `path` holds. */
const answerOf = (path: string) => doc.paths[path]!.get.responses["200"]!.content!["application/json"]!.schema;
const paramsOf = (path: string) => Object.fromEntries((doc.paths[path]!.get.parameters ?? []).map((p) => [p.name, p]));

describe("the API's answers on the seeded atlas", () => {
  const t = freshDatabase("seeded");

  it("match the document's schemas: every event page, the counterparts and every country", async () => {
    const all = await listTimeline(t.db, { page: 1 }, 100);
    expect(all.items.length).toBe(13);
    // The licence the site's operator set, as every answer carries it.
    const license = (await getSite(t.db)).license;
    expect(license).toMatchObject({ name: expect.stringContaining("CC BY-SA 4.0"), url: "https://creativecommons.org/licenses/by-sa/4.0/" });
    const events = { data: all.items.map(toApiEvent), meta: { total: all.total, page: all.page, pageCount: all.pageCount, pageSize: all.pageSize }, links: {}, license };
    expect(schemaErrors(events, answerOf("/api/v1/events"), components)).toEqual([]);
    // A middle page links to the pages either side, as /api/v1/events writes them.
    const middle = await listTimeline(t.db, { page: 2 }, 5);
    const links = { prev: "/api/v1/events?page=1", next: "/api/v1/events?page=3" };
    const page2 = {
      data: middle.items.map(toApiEvent),
      meta: { total: middle.total, page: middle.page, pageCount: middle.pageCount, pageSize: middle.pageSize },
      links,
      license: null,
    };
    expect(schemaErrors(page2, answerOf("/api/v1/events"), components)).toEqual([]);

    const counterparts = await listCounterparts(t.db);
    expect(schemaErrors({ data: counterparts.map(toApiCounterpart), license }, answerOf("/api/v1/countries"), components)).toEqual([]);

    for (const { slug } of counterparts) {
      const page = (await getCountryPage(t.db, slug))!;
      expect(schemaErrors({ data: toApiCountry(page), license }, answerOf("/api/v1/countries/{slug}"), components), slug).toEqual([]);
      // The zod schemas the document is made from keep every field the answer has: nothing undescribed.
      const api = toApiCountry(page);
      expect(ZApiCountry.parse(api), slug).toEqual(api);
    }
  });

  it("are not the pages' view models: display strings and footnote numbers stay behind", async () => {
    const page = (await getEvent(t.db, "2011-08-biden-visit"))!;
    const errors = schemaErrors(page, components.Event!, components);
    expect(errors).toEqual(expect.arrayContaining(["$: has typeLabel, which the document does not describe", "$: has notes, which the document does not describe"]));
    expect(JSON.stringify(toApiEvent(page))).not.toMatch(/"display"|"datetime"|"typeLabel"|"qualifierNote"|"notes"|"references"/);
  });

  it("give an event as values and references: dates as EDTF with first and last days, people and countries by id", async () => {
    const biden = toApiEvent((await getEvent(t.db, "2011-08-biden-visit"))!);
    const us = { id: "country_united-states", slug: "united-states", name: "United States" };
    const mongolia = { id: "country_mongolia", slug: "mongolia", name: "Mongolia" };
    expect(biden).toEqual({
      id: "event_2011-08-biden-visit",
      slug: "2011-08-biden-visit",
      title: "Vice President Joe Biden visits Mongolia",
      description: "Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.",
      type: "VISIT",
      start: { edtf: "2011-08", earliest: "2011-08-01", latest: "2011-08-31" },
      end: null,
      place: null,
      placeCountry: mongolia,
      countries: [mongolia, us],
      participants: [{ person: { id: "person_joe-biden", slug: "joe-biden", name: "Joe Biden" }, role: "U.S. Vice President", country: us }],
      organizations: [],
      qualifiers: { official: true, certainty: "STATED", attribution: null },
      version: 1,
      publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      citations: [
        {
          // Whether a reader can look it up, and how far editors trust it (not yet assessed).
          source: {
            id: "source_seed-text",
            slug: "seed-text",
            title: "Foreign relations of Mongolia: the seed text",
            url: null,
            kind: "DOCUMENT",
            reliability: null,
            checkable: false,
          },
          excerpt: "In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.",
          locator: null,
        },
      ],
    });
    expect(ZApiEvent.parse(biden)).toEqual(biden);
    const un = toApiEvent((await getEvent(t.db, "1961-mongolia-joins-the-un"))!);
    expect(un.organizations).toEqual([{ id: "org_united-nations", slug: "united-nations", name: "United Nations", acronym: "UN" }]);
    expect(un.placeCountry).toBeNull();
  });

  it("give a country with its relationship, missions both ways, shared memberships and their disputes", async () => {
    const russia = toApiCountry((await getCountryPage(t.db, "russia"))!);
    expect(russia.country).toMatchObject({ id: "country_russia", slug: "russia", name: "Russia", aliases: ["Russian Federation"], successor: null });
    expect(russia.relationship).toMatchObject({ status: "ACTIVE", established: null, dispute: null });
    expect(russia.relationship!.citations.length).toBeGreaterThan(0);
    expect(russia.missions.map((m) => [m.sender.slug, m.host.slug, m.city])).toContainEqual(["mongolia", "russia", "Moscow"]);
    expect(russia.missions[0]!.sender).toEqual({ id: "country_mongolia", slug: "mongolia", name: "Mongolia" });
    const osce = russia.sharedMemberships.find((m) => m.organization.acronym === "OSCE")!;
    expect(osce).toMatchObject({ focusStatus: "PARTNER", counterpartStatus: "PARTICIPATING_STATE", counterpartDispute: null });
    expect(osce.focusDispute!.preferredReason).toMatch(/partner/);
    expect(osce.focusDispute!.alternatives[0]!.citations[0]!.source).toMatchObject({ slug: "seed-text", kind: "DOCUMENT" });

    const mpr = toApiCountry((await getCountryPage(t.db, "mongolian-peoples-republic"))!);
    expect(mpr.country.successor).toEqual({ id: "country_mongolia", slug: "mongolia", name: "Mongolia" });
    const northKorea = toApiCountry((await getCountryPage(t.db, "north-korea"))!);
    expect(northKorea.relationship!.established).toEqual({ edtf: "1948", earliest: "1948-01-01", latest: "1948-12-31" });
    expect(northKorea.facts[0]).toMatchObject({ value: "500", unit: "people per month", approximate: true, qualifiers: { certainty: "ESTIMATE" } });
  });

  it("documents an example country that has a page", async () => {
    const slug = paramsOf("/api/v1/countries/{slug}").slug!;
    expect(slug.in).toBe("path");
    const examples = (slug.schema as { examples?: string[] }).examples ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(await getCountryPage(t.db, example), example).not.toBeNull();
  });

  it("give counterparts with their ties, and no relationship while none is published", async () => {
    const a = await makeActors(t.db);
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "india", name: "India", region: "Asia", iso2: "IN" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    const all = (await listCounterparts(t.db)).map(toApiCounterpart);
    expect(all.find((c) => c.slug === "india")).toEqual({
      id: saved.entryId,
      slug: "india",
      name: "India",
      region: "Asia",
      subregion: null,
      iso2: "IN",
      historical: false,
      relationship: null,
      counts: { events: 0, missions: 0, sharedMemberships: 0, facts: 0 },
      statusHistory: [],
    });
    const northKorea = all.find((c) => c.slug === "north-korea")!;
    expect(northKorea.relationship).toEqual({ status: "ACTIVE", established: { edtf: "1948", earliest: "1948-01-01", latest: "1948-12-31" } });
    expect(all.find((c) => c.slug === "soviet-union")).toMatchObject({ historical: true, relationship: { status: "HISTORICAL" } });
    for (const c of all) expect(ZApiCounterpart.parse(c)).toEqual(c);
  });
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 for the server it is served from, and says what every answer is", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "Foreign Relations Atlas API", version: "1.0.0" });
    expect(doc.info.description).toMatch(/Published entries only/);
    expect(doc.servers).toEqual([{ url: "https://atlas.example" }]);
    expect(openApiDocument("http://localhost:3000").servers).toEqual([{ url: "http://localhost:3000" }]);
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/countries", "/api/v1/countries/{slug}", "/api/v1/events", "/api/v1/export", "/api/v1/export/{file}"]);
    for (const [path, { get }] of Object.entries(doc.paths)) {
      expect(get.summary, path).toMatch(/\w{3}/);
      for (const [status, response] of Object.entries(get.responses)) expect(response.description, `${path} ${status}`).toMatch(/\w{3}/);
    }
    expect(Object.keys(components)).toEqual(
      expect.arrayContaining(["Country", "Counterpart", "Event", "EdtfDate", "CountryRef", "Citation", "Dispute", "Qualifiers", "BadRequest", "NotFound"]),
    );
  });

  it("answers bad requests with every problem in words, and unknown things with not_found", () => {
    for (const path of ["/api/v1/countries", "/api/v1/events"]) {
      const bad = doc.paths[path]!.get.responses["400"]!.content!["application/json"]!.schema;
      const problems = parseTimelineQuery({ year: "abc", page: "0" }).problems;
      expect(schemaErrors({ error: "bad_request", problems }, bad, components), path).toEqual([]);
      expect(schemaErrors({ error: "oops", problems }, bad, components), path).not.toEqual([]);
    }
    for (const path of ["/api/v1/countries/{slug}", "/api/v1/export/{file}"]) {
      const missing = doc.paths[path]!.get.responses["404"]!.content!["application/json"]!.schema;
      expect(schemaErrors({ error: "not_found", message: "No country “atlantis” is published." }, missing, components), path).toEqual([]);
    }
    expect(doc.paths["/api/v1/countries/{slug}"]!.get.responses["308"]!.description).toMatch(/Location/);
  });

  it("documents the filters the API reads, and every value it documents is one the API accepts", () => {
    const countries = paramsOf("/api/v1/countries");
    expect(Object.keys(countries)).toEqual(["region", "mission", "before", "unknown", "on", "status", "as-of"]);
    for (const status of countries.status!.schema.enum as string[]) expect(parseCountriesQuery({ status }, ["Asia"]).problems, status).toEqual([]);
    expect(schemaErrors("2000-01-01", countries.on!.schema, components)).toEqual([]);
    expect(schemaErrors("2000-1-1", countries.on!.schema, components)).not.toEqual([]);
    // Every spelling of yes and no the filters read, and each one is read without complaint.
    for (const flag of ["mission", "unknown"] as const) {
      expect([...(countries[flag]!.schema.enum as string[])].sort()).toEqual(["0", "1", "false", "no", "off", "on", "true", "yes"]);
      for (const value of countries[flag]!.schema.enum as string[]) expect(parseCountriesQuery({ [flag]: value }, ["Asia"]).problems, value).toEqual([]);
    }
    expect(schemaErrors("1989", countries.before!.schema, components)).toEqual([]);
    for (const bad of ["89", "a1989", "1989a"]) expect(schemaErrors(bad, countries.before!.schema, components), bad).not.toEqual([]);

    const events = paramsOf("/api/v1/events");
    expect(Object.keys(events)).toEqual(["year", "from", "to", "type", "country", "page"]);
    for (const type of events.type!.schema.enum as string[]) expect(parseTimelineQuery({ type }).problems, type).toEqual([]);
    for (const name of ["year", "from", "to"]) {
      expect(schemaErrors("2011", events[name]!.schema, components), name).toEqual([]);
      expect(schemaErrors("2011a", events[name]!.schema, components), name).not.toEqual([]);
    }
    expect(schemaErrors("12", events.page!.schema, components)).toEqual([]);
    for (const bad of ["-1", "12a", ""]) expect(schemaErrors(bad, events.page!.schema, components), bad).not.toEqual([]);
    expect(events.country!.schema.description).toMatch(/slug/);
    // Each filter says what it does (an event type's list of values speaks for itself).
    for (const [name, p] of Object.entries({ ...countries, ...events })) if (name !== "type") expect(p.schema.description, name).toMatch(/\w+ \w+/);
  });

  it("lists each open-data set as a CSV and a JSON file", () => {
    const file = paramsOf("/api/v1/export/{file}").file!;
    expect(file.in).toBe("path");
    expect([...(file.schema.enum as string[])].sort()).toEqual(
      Object.keys(EXPORT_SETS)
        .flatMap((set) => [`${set}.csv`, `${set}.json`])
        .sort(),
    );
    const answer = doc.paths["/api/v1/export/{file}"]!.get.responses["200"]!.content!;
    expect(Object.keys(answer)).toEqual(["text/csv", "application/json"]);
    expect(schemaErrors([{ id: "event_x", version: 1 }], answer["application/json"]!.schema, components)).toEqual([]);
    expect(schemaErrors("id,version\n", answer["text/csv"]!.schema, components)).toEqual([]);
    expect(schemaErrors({ title: "x", events: [] }, answerOf("/api/v1/export"), components)).toEqual([]);
  });
});
