import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { getCountryPage } from "../src/public/country-page.ts";
import { editorial } from "./support/publish.ts";

// A mission's sources are footnoted next to it on the country page, as every statement's are.
describe("missions on a country page", () => {
  const t = freshDatabase("seeded");

  it("carry their own footnote markers, pointing at the references they cite", async () => {
    const { publish } = await editorial(t.db);
    const id = await publish("MISSION", {
      type: "EMBASSY",
      senderId: "country_mongolia",
      hostId: "country_qatar",
      city: "Doha",
      citations: [{ sourceId: "source_ref-24", locator: "p. 4" }],
    });
    const page = (await getCountryPage(t.db, "qatar"))!;
    const ref = page.references.find((r) => r.source.slug === "ref-24")!;
    const mission = page.missions.find((m) => m.id === id)!;
    expect(mission.notes.map((f) => [f.n, f.id])).toEqual([[ref.n, `cite-mission-${id}-${ref.n}`]]);
  });
});
