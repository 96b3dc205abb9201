import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { ZApiCounterpart, ZApiCountry, ZApiEvent } from "../src/public/api/dtos.ts";
import { openApiDocument } from "../src/public/api/openapi.ts";
import { toApiCounterpart, toApiCountry, toApiEvent } from "../src/public/api/to-api.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";

// What programs get from /api/v1: values, not the pages' display strings or footnote numbers,
// and a document that describes them. The end-to-end contract test checks the served answers;
// these check what core makes of the seed, field by field.

const mongolia = { id: "country_mongolia", slug: "mongolia", name: "Mongolia" };
const us = { id: "country_united-states", slug: "united-states", name: "United States" };
const seedText = { id: "source_seed-text", slug: "seed-text", title: "Foreign relations of Mongolia: the seed text", url: null, kind: "DOCUMENT" };

describe("the API's answers", () => {
  const t = freshDatabase("seeded");

  it("an event: dates as value and first day, links as references, citations with their source", async () => {
    const e = toApiEvent((await getEvent(t.db, "2011-08-biden-visit"))!);
    expect(e).toEqual({
      id: "event_2011-08-biden-visit",
      slug: "2011-08-biden-visit",
      title: "Vice President Joe Biden visits Mongolia",
      description: "Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.",
      type: "VISIT",
      start: { value: "2011-08", start: "2011-08-01" },
      end: null,
      place: null,
      placeCountry: mongolia,
      countries: [mongolia, us],
      participants: [{ person: { id: "person_joe-biden", slug: "joe-biden", name: "Joe Biden" }, role: "U.S. Vice President", country: us }],
      organizations: [],
      qualifiers: { official: true, certainty: "STATED", attribution: null },
      version: 1,
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      citations: [
        {
          source: seedText,
          excerpt: "In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.",
          locator: null,
        },
      ],
    });
    expect(ZApiEvent.strict().safeParse(e).success).toBe(true);
  });

  it("a counterpart: its relationship's status and date, and counts", async () => {
    const canada = toApiCounterpart((await listCounterparts(t.db)).find((c) => c.slug === "canada")!);
    expect(canada).toEqual({
      id: "country_canada",
      slug: "canada",
      name: "Canada",
      region: "Americas",
      subregion: "Northern America",
      iso2: "CA",
      historical: false,
      relationship: { status: "ACTIVE", established: { value: "1973", start: "1973-01-01" } },
      counts: { events: 1, missions: 0, sharedMemberships: 0 },
    });
    expect(ZApiCounterpart.strict().safeParse(canada).success).toBe(true);
  });

  it("a country: no labels or footnotes, statuses as values, every statement with its citations", async () => {
    const russia = toApiCountry((await getCountryPage(t.db, "russia"))!);
    expect(ZApiCountry.safeParse(russia).success).toBe(true);
    expect(Object.keys(russia.country)).not.toContain("kindLabel");
    expect(Object.keys(russia.country)).not.toContain("formerIsoCode");
    expect(russia.country).toMatchObject({
      id: "country_russia",
      kind: "STATE",
      iso3: "RUS",
      predecessors: [{ id: "country_soviet-union", slug: "soviet-union", name: "Soviet Union" }],
    });
    expect(russia.relationship).toMatchObject({ status: "ACTIVE", established: null });
    expect(russia.relationship!.summary).toMatch(/^Relations between Mongolia and the Russian Federation/);
    expect(russia.relationship!.citations.map((c) => c.source.id)).toEqual([
      "source_ref-39",
      "source_seed-text",
      "source_seed-text",
      "source_seed-text",
      "source_seed-text",
      "source_ref-1",
    ]);
    expect(russia.missions[0]).toEqual({
      id: "mission_mongolia-in-moscow",
      type: "EMBASSY",
      city: "Moscow",
      name: null,
      sender: mongolia,
      host: { id: "country_russia", slug: "russia", name: "Russia" },
      opened: null,
      closed: null,
      citations: [expect.objectContaining({ source: seedText })],
    });
    expect(russia.sharedMemberships).toEqual([
      {
        id: "membership_russia-osce",
        organization: { slug: "osce", name: "Organization for Security and Co-operation in Europe", acronym: "OSCE" },
        focusStatus: "PARTNER",
        counterpartStatus: "PARTICIPATING_STATE",
        since: null,
        citations: [
          expect.objectContaining({ source: seedText }),
          expect.objectContaining({ source: seedText }),
          expect.objectContaining({ source: expect.objectContaining({ id: "source_ref-65" }) }),
        ],
      },
    ]);
    expect(russia.events.map((e) => e.id)).toEqual(["event_2024-09-putin-visit", "event_1991-russia-joint-declaration"]);
    expect(russia.facts).toEqual([]);
    expect(russia.lastPublishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const china = toApiCountry((await getCountryPage(t.db, "china"))!);
    expect(china.facts).toEqual([
      {
        id: "fact_china-share-of-mongolian-exports",
        subject: "Share of Mongolian exports going to China",
        value: "48",
        valueHigh: null,
        unit: "%",
        approximate: false,
        year: null,
        qualifiers: { official: true, certainty: "STATED", attribution: null },
        citations: [expect.objectContaining({ excerpt: expect.stringMatching(/48% of Mongolian exports/) })],
      },
    ]);
    const soviet = toApiCountry((await getCountryPage(t.db, "soviet-union"))!);
    expect(soviet.country.successor).toEqual({ id: "country_russia", slug: "russia", name: "Russia" });
    expect(soviet.relationship?.status).toBe("HISTORICAL");
  });
});

describe("the OpenAPI document", () => {
  it("describes every endpoint, its parameters and answers, at the server it is served from", async () => {
    const doc = openApiDocument("https://atlas.example");
    expect(doc.servers).toEqual([{ url: "https://atlas.example" }]);
    // The document is the API's contract with programs: any change to it shows up here, to be
    // reviewed as a change to the API.
    await expect(JSON.stringify(doc, null, 2)).toMatchFileSnapshot("./__snapshots__/openapi-document.snap");
  });
});
