import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { getHomePage } from "../src/public/home.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

// The home page's overview of the focus country and its figures follow what is published.

describe("the home page", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  const STRICT = { allowSelfApproval: false };
  const publish = async (kind: "COUNTRY" | "MISSION" | "SOURCE", payload: Record<string, unknown>, entryId?: string) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload, ...(entryId ? { entryId } : {}) } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT });
    return saved.entryId;
  };
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("counts the focus country's own missions abroad, not the missions other countries send to it", async () => {
    const before = (await getHomePage(t.db)).figures;
    expect(before.missionsAbroad).toBe(5);
    await publish("MISSION", { type: "EMBASSY", senderId: "country_russia", hostId: "country_mongolia", city: "Ulaanbaatar", citations: [{ sourceId: "source_seed-text" }] });
    expect((await getHomePage(t.db)).figures).toEqual(before);
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "mission_mongolia-in-kyzyl" }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
    expect((await getHomePage(t.db)).figures).toEqual({ ...before, missionsAbroad: 4 });
  });

  it("counts only published events and sources", async () => {
    const before = (await getHomePage(t.db)).figures;
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "event_2020-qatar-memorandum" }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
    const source = await publish("SOURCE", { slug: "an-uncited-note", title: "An uncited note", kind: "DOCUMENT" });
    expect((await getHomePage(t.db)).figures).toEqual({ ...before, events: before.events - 1, sources: before.sources + 1 });
    const takedown = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: source }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: takedown, policy: STRICT });
    expect((await getHomePage(t.db)).figures).toEqual({ ...before, events: before.events - 1 });
  });

  it("shows an overview that marks no sentence as written, with its footnotes after it", async () => {
    const payload = await publishedPayload(t.db, "country_mongolia");
    await publish("COUNTRY", { ...payload, summary: "Mongolia lies between Russia and China." }, "country_mongolia");
    const home = await getHomePage(t.db);
    expect(home.site.focus.summary).toBe("Mongolia lies between Russia and China.");
    expect(home.summary!.cited).toBeNull();
    // Its footnotes are the first references: the overview is read first.
    const numbers = home.summary!.notes.map((f) => f.n);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(home.references.slice(0, numbers.length).map((r) => r.n));
  });

  it("has no overview, and only the references of its facts and events, while the focus country has no summary", async () => {
    const payload = await publishedPayload(t.db, "country_mongolia");
    await publish("COUNTRY", { ...payload, summary: null }, "country_mongolia");
    const home = await getHomePage(t.db);
    expect(home.summary).toBeNull();
    const marked = new Set([...home.facts.flatMap((f) => f.notes), ...home.latestEvents.flatMap((e) => [...e.notes, ...Object.values(e.roleNotes).flat()])].map((f) => f.n));
    expect(home.references.map((r) => r.n)).toEqual([...marked].sort((a, b) => a - b));
    expect(home.latestEvents).toHaveLength(6);
  });
});
