import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { EXPORT_SETS } from "../src/kinds/registry.ts";
import { exportDataset, exportKind, exportKindCsv } from "../src/public/export.ts";
import { eventsFeed } from "../src/public/feeds.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

// What a feed reader and someone downloading the open data get: the newest publications first,
// each as published (never a draft or an edit still in review), in files a spreadsheet reads.

const SITE = "https://atlas.example";

/** The entries of an Atom feed, as a feed reader reads them. */
function entries(atom: string) {
  return atom
    .split("<entry>")
    .slice(1)
    .map((chunk) => ({
      id: /<id>(.*?)<\/id>/.exec(chunk)?.[1],
      title: /<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/s.exec(chunk)?.[1],
      link: /<link href="(.*?)"\/>/.exec(chunk)?.[1],
      updated: /<updated>(.*?)<\/updated>/.exec(chunk)?.[1],
      published: /<published>(.*?)<\/published>/.exec(chunk)?.[1],
      summary: /<summary type="html"><!\[CDATA\[(.*?)\]\]><\/summary>/s.exec(chunk)?.[1],
      categories: [...chunk.matchAll(/<category label="(.*?)"/g)].map((m) => m[1]),
    }));
}

const NEW_EVENT = {
  slug: "1995-talks-in-ulaanbaatar",
  title: 'Talks, "at last", in Ulaanbaatar',
  description: "Officials met for talks.\nThey agreed to meet again.",
  type: "DELEGATION",
  start: "1995-spring",
  countryIds: ["country_japan", "country_mongolia"],
  participants: [{ personId: "person_tsakhiagiin-elbegdorj", role: "Member of parliament" }],
  citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s10" }],
};

describe("feeds and exports", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  let newId: string;
  const publish = async (kind: "EVENT" | "COUNTRY", payload: Record<string, unknown>, entryId?: string) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload, ...(entryId ? { entryId } : {}) } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    return saved.entryId;
  };
  /** Saved and submitted for review, not approved. */
  const propose = async (kind: "EVENT", payload: Record<string, unknown>, entryId?: string) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload, ...(entryId ? { entryId } : {}) } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
  };

  beforeAll(async () => {
    a = await makeActors(t.db);
    newId = await publish("EVENT", NEW_EVENT);
    await propose("EVENT", { ...NEW_EVENT, slug: "1996-talks-still-in-review", title: "Talks still in review" });
    await propose("EVENT", { ...(await publishedPayload(t.db, "event_2020-qatar-memorandum")), title: "Qatar memorandum, retitled in review" }, "event_2020-qatar-memorandum");
  });

  it("list events by when they were published, the newest first, not by when they happened", async () => {
    const atom = (await eventsFeed(t.db, { siteUrl: SITE }))!;
    const items = entries(atom);
    expect(items).toHaveLength(14);
    expect(items[0]).toEqual({
      id: `urn:atlas:${newId}`,
      title: 'Spring 1995: Talks, "at last", in Ulaanbaatar',
      link: `${SITE}/events/1995-talks-in-ulaanbaatar`,
      updated: items[0]!.published,
      published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      summary: "Officials met for talks.\nThey agreed to meet again.",
      categories: ["Delegation", "Japan", "Mongolia"],
    });
    const published = items.map((i) => i.published!);
    expect(published).toEqual([...published].sort().reverse());
    // The feed was last updated when its newest entry was published.
    expect(/<feed[^]*?<updated>(.*?)<\/updated>/.exec(atom)?.[1]).toBe(items[0]!.published);
    expect(atom).toContain("<subtitle>Mongolia's relations with the world: sourced, dated and open.</subtitle>");
    expect(atom).toContain(`<link rel="alternate" href="${SITE}/"/>`);
    expect(atom).toContain(`<id>${SITE}/feeds/events.xml</id>`);
    // The licence the operator set in the site's settings, and whom to credit.
    expect(atom).toContain(
      "<rights>Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0) · https://creativecommons.org/licenses/by-sa/4.0/ · Credit: Foreign Relations Atlas contributors</rights>",
    );
  });

  it("hold only what is published: no draft, and an edit in review only once approved", async () => {
    const atom = (await eventsFeed(t.db, { siteUrl: SITE }))!;
    expect(atom).not.toContain("still in review");
    expect(atom).not.toContain("retitled");
    const qatar = (await eventsFeed(t.db, { siteUrl: SITE, countrySlug: "qatar" }))!;
    expect(entries(qatar).map((e) => e.title)).toEqual(["2020: Mongolia and Qatar agree on political consultations"]);
    expect(qatar).toContain("<title>Foreign Relations Atlas: Mongolia and Qatar</title>");
    expect(qatar).toContain(`<id>${SITE}/feeds/countries/qatar.xml</id>`);
  });

  it("give a country with no events an empty feed, and no feed for a country that is not published", async () => {
    const ruritaniaId = await publish("COUNTRY", { slug: "ruritania", name: "Ruritania", region: "Europe" });
    const ruritania = (await eventsFeed(t.db, { siteUrl: SITE, countrySlug: "ruritania" }))!;
    expect(entries(ruritania)).toEqual([]);
    expect(ruritania).toContain("<title>Foreign Relations Atlas: Mongolia and Ruritania</title>");
    expect(ruritania).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
    const takedown = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: ruritaniaId }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: takedown, policy: { allowSelfApproval: false } });
    expect(await eventsFeed(t.db, { siteUrl: SITE, countrySlug: "ruritania" })).toBeNull();
    for (const slug of ["", "../events", "JAPAN"]) expect(await eventsFeed(t.db, { siteUrl: SITE, countrySlug: slug }), slug).toBeNull();
  });

  it("export each entry as published: an edit in review leaves it as it was, a draft is not there", async () => {
    const events = await exportKind(t.db, "EVENT");
    expect(events.map((e) => e.id)).toContain(newId);
    expect(events.map((e) => e.slug)).not.toContain("1996-talks-still-in-review");
    expect(events.find((e) => e.id === "event_2020-qatar-memorandum")).toMatchObject({ title: "Mongolia and Qatar agree on political consultations", version: 1 });
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort());
    const talks = events.find((e) => e.id === newId)!;
    expect(talks).toMatchObject({ start: "1995-21", end: null, place: null, version: 1 });
    expect(Date.parse(talks.publishedAt!)).toBeGreaterThan(Date.now() - 120_000);
    const dataset = await exportDataset(t.db);
    expect(Object.keys(dataset)).toEqual(["title", "focusCountryId", "generatedAt", "license", ...Object.keys(EXPORT_SETS)]);
    expect(dataset.events).toEqual(events);
  });

  it("write CSV a spreadsheet reads: quotes and line breaks kept inside their cell, absent values empty", async () => {
    const csv = await exportKindCsv(t.db, "EVENT");
    const row = csv.slice(csv.indexOf(`${newId},`));
    expect(row.startsWith(`${newId},1,`)).toBe(true);
    expect(row).toContain(',1995-talks-in-ulaanbaatar,"Talks, ""at last"", in Ulaanbaatar","Officials met for talks.\nThey agreed to meet again.",DELEGATION,1995-21,,,,');
    // A participant without a country: role and person, nothing for the missing country.
    expect(row).toContain(",Member of parliament|person_tsakhiagiin-elbegdorj,");
    expect(row).toContain(",source_seed-text|excerpt_s10,true,STATED,\n");
    const parvanov = csv.split("\n").find((l) => l.startsWith("event_2007-summer-parvanov-visit,"))!;
    expect(parvanov).toContain(",2007-22,,Ulaanbaatar,country_mongolia,");
    const countries = await exportKindCsv(t.db, "COUNTRY");
    const russia = countries.split("\n").find((l) => l.startsWith("country_russia,"))!;
    expect(russia).toContain(",Russian Federation,");
  });
});
