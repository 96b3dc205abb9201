import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { listWorkToDo } from "../src/dashboard/list-work-to-do.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getHomePage } from "../src/public/home.ts";
import { getPersonPage, listPeople } from "../src/public/people.ts";
import { listTimeline } from "../src/public/timeline.ts";
import { editorial, setStatusDirectly } from "./support/publish.ts";

// Every statement a page makes carries its source wherever it is shown — or is marked unsourced
// to readers and listed for editors.
describe("a citation for every statement, wherever it is shown", () => {
  const t = freshDatabase("seeded");

  it("footnotes every event of the timeline, and each person's role in it, with the page's references", async () => {
    const page = await listTimeline(t.db, { page: 1 }, 100);
    for (const e of page.items) expect(e.notes.length, e.slug).toBeGreaterThan(0);
    const johanns = page.items.find((e) => e.participants.some((p) => p.person.slug === "mike-johanns"))!;
    const role = johanns.roleNotes[johanns.participants.find((p) => p.person.slug === "mike-johanns")!.person.id]!;
    expect(role.map((f) => f.passages[0]!.excerpt)).toEqual([expect.stringMatching(/^Agriculture Secretary Johanns led a presidential delegation/)]);
    // One reference per source, each marker pointing at one of them.
    const numbers = new Set(page.references.map((r) => r.n));
    for (const e of page.items) for (const f of [...e.notes, ...Object.values(e.roleNotes).flat()]) expect(numbers.has(f.n)).toBe(true);
  });

  it("footnotes the home page's latest events and key facts after its summary", async () => {
    const home = await getHomePage(t.db);
    for (const e of home.latestEvents) expect(e.notes.length, e.slug).toBeGreaterThan(0);
    for (const f of home.facts) expect(f.notes.length, f.subject).toBeGreaterThan(0);
    // The summary is read first: its references come first.
    expect(home.summary!.cited!.groups.flat()[0]!.n).toBe(1);
  });

  it("sources a relationship's status where a passage says so, and leaves it unsourced where none does", async () => {
    const canada = (await getCountryPage(t.db, "canada"))!;
    expect(canada.relationship!.statusNotes.flatMap((f) => f.passages.map((p) => p.excerpt))).toEqual([expect.stringMatching(/established diplomatic ties in 1973/)]);
    expect(canada.relationship!.statusNotes[0]!.n).toBe(1);
    const china = (await getCountryPage(t.db, "china"))!;
    expect(china.relationship!.statusCitations).toEqual([]);
    expect(china.relationship!.statusNotes).toEqual([]);
  });

  it("gives a person's roles the sources of the events that name them, on their page and in the list", async () => {
    const page = (await getPersonPage(t.db, "mike-johanns"))!;
    expect(page.roles).toHaveLength(1);
    expect(page.roles[0]!.notes.map((f) => f.source.slug)).toEqual(["seed-text"]);
    expect(page.references.map((r) => r.source.slug)).toEqual(["seed-text"]);
    for (const e of page.events) expect(e.notes.length).toBeGreaterThan(0);
    const { people, references } = await listPeople(t.db);
    for (const p of people) for (const r of p.roles) expect(r.notes.length, `${p.name}: ${r.role}`).toBeGreaterThan(0);
    expect(references.length).toBeGreaterThan(0);
  });

  describe("what has no published source", () => {
    beforeAll(async () => {
      // A statement whose only source is taken off the site: on pages it stands unsourced.
      const { publish } = await editorial(t.db);
      const diary = await publish("SOURCE", { slug: "a-lost-diary", title: "A lost diary", kind: "BOOK" });
      await publish("EVENT", {
        slug: "2015-unsourced-visit",
        title: "A visit whose source was withdrawn",
        description: "Someone visited.",
        type: "VISIT",
        start: "2015",
        countryIds: ["country_japan", "country_mongolia"],
        participants: [{ personId: "person_joe-biden", role: "Visitor", countryId: "country_united-states" }],
        citations: [{ sourceId: diary }],
      });
      await setStatusDirectly(t.db, diary, "UNPUBLISHED");
    });

    it("is marked unsourced on the page: no footnote for the event or for the role it names", async () => {
      const page = await listTimeline(t.db, { page: 1, from: 2015, to: 2015 });
      const visit = page.items.find((e) => e.slug === "2015-unsourced-visit")!;
      expect(visit.notes).toEqual([]);
      expect(Object.values(visit.roleNotes)).toEqual([[]]);
    });

    it("is listed for editors with the other work to do", async () => {
      const { actors } = await editorial(t.db);
      const work = await listWorkToDo({ db: t.db, actor: actors.editor });
      expect(work.unsourced.map((u) => u.label)).toContain("A visit whose source was withdrawn");
      const statuses = work.unsourcedFields.find((f) => f.field === "status")!;
      expect(statuses.entries.map((e) => e.id).sort()).toEqual(["rel_china", "rel_egypt"]);
      // Every seed source lacks its details and a tier; none of the seed's figures has a year.
      expect(work.sourcesToComplete.map((s) => s.label)).toEqual(expect.arrayContaining(["Foreign relations of Mongolia: the seed text", "[7] Reference 7 of the seed text"]));
      expect(work.statistics.undated.map((f) => f.subject).sort()).toEqual(["North Korean refugees entering Mongolia", "Share of Mongolian exports going to China"]);
      await expect(listWorkToDo({ db: t.db, actor: null })).rejects.toThrow("Please sign in.");
    });
  });
});
