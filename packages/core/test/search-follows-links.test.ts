import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { StateError } from "../src/errors.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { search } from "../src/public/search.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

// Entries quote each other: a mission is named after its country, an event's document lists the
// people in it and a person's lists the roles they held. What follows an edit to one of them, and
// what an entry others use cannot do.

const STRICT = { allowSelfApproval: false };

describe("names that other entries quote", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const publish = async (kind: "PERSON" | "COUNTRY" | "EVENT" | "ORGANIZATION" | "MEMBERSHIP", payload: Record<string, unknown>, entryId?: string) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, entryId, payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT });
    return saved.entryId;
  };
  const edit = async (kind: "PERSON" | "COUNTRY" | "EVENT", entryId: string, change: Record<string, unknown>) =>
    publish(kind, { ...(await publishedPayload(t.db, entryId)), ...change }, entryId);
  const queued = async (name: string) => Number((await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = ${name} AND state = 'created'`)[0]!.n);
  const labelOf = async (id: string) => (await t.db.entry.findUniqueOrThrow({ where: { id } })).label;
  const docOf = (entryId: string) => t.db.searchDocument.findUnique({ where: { entryId }, select: { title: true, body: true } });

  it("renames the missions of a renamed country, in their labels and in search, once the job worker has run", async () => {
    await drainJobs({ url: t.url, db: t.db });
    await edit("COUNTRY", "country_mongolia", { name: "Mongol Uls" });
    // The edit itself is published at once; what quotes it follows after commit.
    expect(await labelOf("country_mongolia")).toBe("Mongol Uls");
    expect(await labelOf("mission_mongolia-in-moscow")).toBe("Embassy of Mongolia in Moscow");
    expect(await queued("search.plan-refresh")).toBe(1);
    await drainJobs({ url: t.url, db: t.db });
    expect(await labelOf("mission_mongolia-in-moscow")).toBe("Embassy of Mongol Uls in Moscow");
    expect(await labelOf("mission_mongolia-in-irkutsk")).toBe("Consulate general of Mongol Uls in Irkutsk");
    expect((await docOf("mission_mongolia-in-moscow"))?.title).toBe("Embassy of Mongol Uls in Moscow");
    // Entries whose labels do not quote the name keep theirs.
    expect(await labelOf("event_2011-08-biden-visit")).toBe("Vice President Joe Biden visits Mongolia");
  });

  it("finds an event by the other names of the countries and organisations in it, and sends a membership's result to its organisation's page", async () => {
    const council = await publish("ORGANIZATION", { slug: "northern-lights-council", name: "Northern Lights Council", acronym: "NLC", aliases: ["Aurora Council"] });
    const borealia = await publish("COUNTRY", { slug: "borealia", name: "Borealia", region: "Europe", aliases: ["Kingdom of Frost"] });
    await publish("EVENT", {
      slug: "2020-polar-summit",
      title: "Summit in the north",
      description: "Leaders met.",
      type: "VISIT",
      start: "2020",
      countryIds: ["country_mongolia", borealia],
      organizationIds: [council],
      citations: [{ sourceId: "source_seed-text" }],
    });
    // Readers search by whatever name they know; the event's own text names none of these.
    for (const q of ["Kingdom of Frost", "Aurora Council", "NLC", "Northern Lights"]) {
      const hits = (await search(t.db, q)).hits.map((h) => h.path);
      expect(hits, q).toContain("/events/2020-polar-summit");
    }

    const membership = await publish("MEMBERSHIP", { organizationId: council, countryId: "country_mongolia", status: "MEMBER", citations: [{ sourceId: "source_seed-text" }] });
    expect(await t.db.searchDocument.findUniqueOrThrow({ where: { entryId: membership }, select: { path: true } })).toEqual({ path: "/organizations/northern-lights-council" });
  });

  it("queues no re-indexing of what quotes a person when only text nobody quotes changes", async () => {
    await drainJobs({ url: t.url, db: t.db });
    await edit("PERSON", "person_henry-wallace", { description: "Vice President under Roosevelt." });
    expect(await queued("search.plan-refresh")).toBe(0);
    await edit("PERSON", "person_henry-wallace", { aliases: ["Henry Wallace", "Wallace", "H. A. Wallace"] });
    expect(await queued("search.plan-refresh")).toBe(1);
    await drainJobs({ url: t.url, db: t.db });
    expect((await docOf("event_1944-henry-wallace-tour"))?.body).toContain("H. A. Wallace");
  });

  it("lists the roles people held in events in their own documents, added and taken away with the events' participants", async () => {
    const biden = "event_2011-08-biden-visit";
    const base = await publishedPayload(t.db, biden);
    await edit("EVENT", biden, { participants: [{ personId: "person_henry-wallace", role: "Special Envoy", countryId: "country_united-states" }] });
    await drainJobs({ url: t.url, db: t.db });
    // The document's last part is the roles, each once and nothing else.
    const roles = (await docOf("person_henry-wallace"))!.body.split(" · ").at(-1)!.split("; ");
    expect(roles.sort()).toEqual(["Special Envoy", "U.S. Vice President"]);
    expect((await docOf("person_joe-biden"))?.body).not.toContain("U.S. Vice President");
    expect((await search(t.db, "Special Envoy")).hits.map((h) => h.id)).toContain("person_henry-wallace");
    // An edit that leaves the participants alone refreshes no one's document.
    await drainJobs({ url: t.url, db: t.db });
    await edit("EVENT", biden, { description: "Edited again." });
    expect(await queued("search.refresh")).toBe(0);
    await edit("EVENT", biden, { participants: base.participants });
    await drainJobs({ url: t.url, db: t.db });
    expect((await docOf("person_joe-biden"))?.body).toContain("U.S. Vice President");
    expect((await docOf("person_henry-wallace"))?.body).not.toContain("Special Envoy");
  });

  it("takes an unpublished entry out of search", async () => {
    expect(await docOf("event_2007-summer-parvanov-visit")).not.toBeNull();
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "event_2007-summer-parvanov-visit" }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
    expect(await docOf("event_2007-summer-parvanov-visit")).toBeNull();
    expect((await search(t.db, "Parvanov")).hits.map((h) => h.id)).not.toContain("event_2007-summer-parvanov-visit");
    // Nor is a role held in it listed for the person any more.
    expect((await docOf("person_georgi-parvanov"))?.body).toContain("President of Bulgaria");
    await drainJobs({ url: t.url, db: t.db });
    expect((await docOf("person_georgi-parvanov"))?.body).not.toContain("President of Bulgaria");
  });

  it("lists a role held in several events once, and re-indexes what quotes a renamed person in one batch, nothing for a new or unquoted one", async () => {
    await drainJobs({ url: t.url, db: t.db });
    const jobs = async (name: string) => Number((await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = ${name}`)[0]!.n);
    const refreshes = await jobs("search.refresh");
    const loner = await publish("PERSON", { slug: "loner", name: "A. Loner", aliases: [] });
    expect(await queued("search.plan-refresh")).toBe(0);
    await edit("PERSON", loner, { name: "B. Loner" });
    await drainJobs({ url: t.url, db: t.db });
    expect(await jobs("search.refresh")).toBe(refreshes);

    await edit("EVENT", "event_2006-07-us-presidential-delegation", {
      participants: [{ personId: "person_joe-biden", role: "U.S. Vice President", countryId: "country_united-states" }],
    });
    await drainJobs({ url: t.url, db: t.db });
    expect((await docOf("person_joe-biden"))?.body.split("U.S. Vice President")).toHaveLength(2);
    const before = await jobs("search.refresh");
    await edit("PERSON", "person_joe-biden", { aliases: ["Biden", "Uncle Joe"] });
    await drainJobs({ url: t.url, db: t.db });
    expect(await jobs("search.refresh")).toBe(before + 1);
    expect((await docOf("event_2006-07-us-presidential-delegation"))?.body).toContain("Uncle Joe");
  });

  it("keeps an entry on the site while published entries use it, naming them by name, drafts not counted", async () => {
    const lemuria = await publish("COUNTRY", { slug: "lemuria", name: "Lemuria", region: "Asia" });
    const event = (slug: string, title: string) => ({
      slug,
      title,
      description: "Talks.",
      type: "VISIT",
      start: "2019-05",
      countryIds: ["country_mongolia", lemuria],
      citations: [{ sourceId: "source_seed-text", excerptId: null }],
    });
    await publish("EVENT", event("zeta-talks", "Zeta talks"));
    await publish("EVENT", event("alpha-talks", "Alpha talks"));
    await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", payload: event("draft-talks", "Draft talks") } });
    for (const action of ["UNPUBLISH", "DELETE"] as const) {
      const error = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: lemuria }, action }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StateError);
      expect((error as Error).message).toBe("“Lemuria” is still used by 2 published entries: Alpha talks; Zeta talks. Change those first.");
    }

    // Asked for while nothing used it; by the approval something does.
    const mu = await publish("COUNTRY", { slug: "mu", name: "Mu", region: "Asia" });
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: mu }, action: "UNPUBLISH" });
    await publish("EVENT", { ...event("mu-talks", "Mu talks"), countryIds: ["country_mongolia", mu] });
    const refused = await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT }).catch((e: unknown) => e);
    expect((refused as Error).message).toBe("Still used by published entries: Mu talks. Change those first.");
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: mu } })).status).toBe("PUBLISHED");
  });
});
