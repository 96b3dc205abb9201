import { describe, expect, it } from "vitest";

import { slugFor, slugify } from "../src/kinds/slugs.ts";
import { isSlug } from "../src/text.ts";

describe("slugs made from names, in any script", () => {
  it.each([
    ["Монгол Улс", "mongol-uls"],
    ["Өвөрхангай аймаг", "ovorhangay-aymag"],
    ["Үндэсний их сургууль", "undesniy-ih-surguul"],
    ["Côte d’Ivoire", "cote-d-ivoire"],
    ["São Tomé and Príncipe", "sao-tome-and-principe"],
    ["Ελλάδα", "ellada"],
    ["北京", "bei-jing"],
    ["Türkiye", "turkiye"],
    ["  Kim Jong-un  ", "kim-jong-un"],
  ])("%s gives %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it("fills in a country's slug from its Cyrillic name, as the form and the server both do", () => {
    expect(slugFor("COUNTRY", { name: "Монгол Улс" })).toBe("mongol-uls");
    expect(slugFor("PERSON", { name: "Элбэгдорж" })).toBe("elbegdorzh");
  });

  it("puts an event's year before its title, and leaves it out while the date is not given", () => {
    expect(slugFor("EVENT", { title: "Монгол Улс ба Катар", start: "2020-05" })).toBe("2020-mongol-uls-ba-katar");
    expect(slugFor("EVENT", { title: "Mongolia and Qatar", start: "" })).toBe("mongolia-and-qatar");
  });

  it("keeps a slug to twelve words and 80 characters, never ending in a hyphen", () => {
    expect(slugify("one two three four five six seven eight nine ten eleven twelve thirteen")).toBe("one-two-three-four-five-six-seven-eight-nine-ten-eleven-twelve");
    const long = slugify("Pneumonoultramicroscopicsilicovolcanoconiosis ".repeat(3));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(isSlug(long)).toBe(true);
  });

  it("gives nothing (so the form asks for a slug) when a name has no letters or digits at all", () => {
    expect(slugify("— ! —")).toBe("");
    expect(slugFor("SOURCE", {})).toBe("");
  });
});
