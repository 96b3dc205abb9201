import { describe, expect, it } from "vitest";

import { TAGS } from "@atlas/core/public";

import { PUBLIC_CACHE_CONTROL, surrogateKeys } from "../cache-policy.mjs";

// Surrogate keys are what a CDN purges: they must be the very tags a publish expires (core's TAGS).
describe("CDN caching headers of public answers", () => {
  it("lets shared caches keep answers, and serve them a little past that while refetching", () => {
    expect(PUBLIC_CACHE_CONTROL).toMatch(/\bs-maxage=\d+/);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/\bstale-while-revalidate=\d+/);
    expect(PUBLIC_CACHE_CONTROL).not.toMatch(/private|no-store/);
  });

  it("keys each page and API answer by the tags its reads carry", () => {
    expect(surrogateKeys("/countries/china")).toEqual([TAGS.all, TAGS.site, TAGS.country("china")]);
    expect(surrogateKeys("/events/2011-08-biden-visit/")).toEqual([TAGS.all, TAGS.site, TAGS.event("2011-08-biden-visit")]);
    expect(surrogateKeys("/organizations/sco")).toEqual([TAGS.all, TAGS.site, TAGS.organization("sco")]);
    expect(surrogateKeys("/people/joe-biden")).toEqual([TAGS.all, TAGS.site, TAGS.person("joe-biden")]);
    expect(surrogateKeys("/timeline")).toEqual([TAGS.all, TAGS.site, TAGS.countries, TAGS.timeline]);
    expect(surrogateKeys("/api/v1/countries/china")).toEqual([TAGS.all, TAGS.country("china")]);
    expect(surrogateKeys("/api/v1/events")).toEqual([TAGS.all, TAGS.timeline]);
    expect(surrogateKeys("/api/v1/export/events.csv")).toEqual([TAGS.all, TAGS.exports]);
    expect(surrogateKeys("/feeds/events.xml")).toEqual([TAGS.all, TAGS.feeds]);
  });

  it("gives every answer the site-wide key, so one purge can refresh everything", () => {
    for (const path of ["/", "/search", "/map", "/api/v1/openapi.json", "/sitemap.xml"]) expect(surrogateKeys(path)).toContain(TAGS.all);
  });
});
