// @ts-expect-error -- citation-js ships no types
import * as citationJs from "@citation-js/core";
import { describe, expect, it } from "vitest";

import { citePage } from "../src/public/cite/cite-page.ts";

// Reading the formats back: citation-js's parsers, not the code that wrote them.
const { Cite } = citationJs as { Cite: new (input: string) => { data: { title: string; URL: string }[] } };

const page = {
  key: "atlas_china_20261207",
  title: "Mongolia – China relations",
  siteTitle: "Foreign Relations Atlas",
  url: "https://atlas.example.org/countries/china/as-of/2026-12-07T10:15:04Z",
  modified: new Date("2026-12-05T09:00:00Z"),
  version: new Date("2026-12-07T10:15:04Z"),
};

describe("Cite this page", () => {
  it("gives APA and Chicago entries that name the page, the site, the date and the permanent address", () => {
    const c = citePage(page);
    expect(c.apa).toBe(`Mongolia – China relations. (2026, December 5). Foreign Relations Atlas. ${page.url}`);
    expect(c.chicago).toBe(`“Mongolia – China relations.” Foreign Relations Atlas. Last modified December 5, 2026. ${page.url}.`);
  });

  it("says when it was read when the page gives no date of its own", () => {
    const c = citePage({ ...page, modified: null });
    expect(c.apa).toContain("(n.d.)");
    expect(c.apa).toContain("Retrieved December 7, 2026");
    expect(c.chicago).toContain("Accessed December 7, 2026");
  });

  it("writes BibTeX, RIS and CSL-JSON that read back as the same page", () => {
    const c = citePage(page);
    for (const text of [c.bibtex, c.ris, c.cslJson]) {
      const [item] = new Cite(text).data;
      expect(item?.title.replace("--", "–")).toBe(page.title);
      expect(item?.URL).toBe(page.url);
    }
    expect(c.bibtex).toMatch(/^@misc\{atlas_china_20261207,/);
    expect(c.ris).toMatch(/^TY {2}- ELEC/m);
  });
});
