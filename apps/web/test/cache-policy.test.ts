import { describe, expect, it } from "vitest";

import { TAGS } from "@atlas/core/public";

import { PUBLIC_CACHE_CONTROL, surrogateKeys, VERSION_CACHE_CONTROL, VERSION_KEY, versionSettled } from "../cache-policy.mjs";

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

  it("keeps versions of pages for a year under a key no publish purges, once their moment has passed", () => {
    expect(surrogateKeys("/countries/china/as-of/2026-12-01")).toEqual([VERSION_KEY]);
    expect(Object.values(TAGS).map(String)).not.toContain(VERSION_KEY);
    expect(VERSION_CACHE_CONTROL).toMatch(/s-maxage=31536000/);
    const now = Date.parse("2026-12-07T12:00:00Z");
    expect(versionSettled("/events/2011-08-biden-visit/as-of/2026-12-07T11:58:00Z", now)).toBe(true);
    // Within the last minute, or to come: a publish stamped before it may still be committing.
    expect(versionSettled("/countries/china/as-of/2026-12-07T11:59:30Z", now)).toBe(false);
    expect(versionSettled("/countries/china/as-of/2026-12-07", now)).toBe(false);
    expect(versionSettled("/countries/china", now)).toBeNull();
    // The API as of a moment, one country or the list: the same, by its query.
    expect(versionSettled("/api/v1/countries/egypt?as-of=2026-12-07T11:58:00Z", now)).toBe(true);
    expect(versionSettled("/api/v1/countries?region=Asia&as-of=2026-12-07", now)).toBe(false);
    expect(versionSettled("/api/v1/countries/egypt", now)).toBeNull();
    expect(versionSettled("/api/v1/events?as-of=2026-12-01", now)).toBeNull();
    expect(surrogateKeys("/api/v1/countries/egypt?as-of=2026-12-01")).toEqual([VERSION_KEY]);
    expect(surrogateKeys("/api/v1/countries/egypt?region=x")).toEqual([TAGS.all, TAGS.country("egypt")]);
  });
});
