import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { mergeDrafts, mergeText } from "../src/drafts/merge-drafts.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { ConflictError } from "../src/errors.ts";
import { trackPresence } from "../src/presence/track-presence.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";

const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error("it was allowed"),
    (e: unknown) => e as Error,
  );

describe("two tabs on one entry: a save never overwrites a newer one", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("refuses tab B's first save when tab A made a draft of the published entry after B opened it, and keeps A's text", async () => {
    const entryId = "event_2011-08-biden-visit";
    const published = await publishedPayload(t.db, entryId);
    // Both tabs opened the published entry: neither had a draft (version 0).
    const tabA = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId, baseDraftVersion: 0, payload: { ...published, description: "Typed in tab A." } } });
    const before = await snapshot(t.db);
    const tabB = await failure(
      saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId, baseDraftVersion: 0, payload: { ...published, description: "Typed in tab B." } } }),
    );
    expect(tabB).toBeInstanceOf(ConflictError);
    expect((tabB as ConflictError).details).toMatchObject({ revisionId: tabA.revisionId, draftVersion: tabA.draftVersion, saved: { description: "Typed in tab A." } });
    expect(await snapshot(t.db)).toEqual(before);
    // B keeps its text on top of A's copy: based on A's version, it goes through.
    const kept = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", entryId, baseDraftVersion: tabA.draftVersion, payload: { ...published, description: "Typed in tab B." } },
    });
    expect([kept.revisionId, kept.draftVersion]).toEqual([tabA.revisionId, tabA.draftVersion + 1]);
  });

  it("tells a tab whose draft was submitted or discarded elsewhere, instead of starting a second draft silently", async () => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "gone-elsewhere", title: "Gone elsewhere" } } });
    await t.db.revision.update({ where: { id: first.revisionId }, data: { status: "WITHDRAWN" } });
    const late = await failure(
      saveDraft({
        db: t.db,
        actor: a.editor,
        input: { kind: "EVENT", entryId: first.entryId, baseDraftVersion: first.draftVersion, payload: { slug: "gone-elsewhere", title: "Late" } },
      }),
    );
    expect(late).toBeInstanceOf(ConflictError);
    expect(late.message).toMatch(/submitted or discarded elsewhere\. Your text is still here/);
  });

  it("writes nothing and audits nothing for a save that changes nothing", async () => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", baseDraftVersion: 0, payload: { slug: "idle-form", title: "Idle form" } } });
    const before = await snapshot(t.db);
    const again = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: first.revisionId, baseDraftVersion: first.draftVersion, payload: { title: "Idle form", slug: "idle-form" } },
    });
    expect([again.changed, again.draftVersion, again.updatedAt]).toEqual([false, first.draftVersion, first.updatedAt]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("accepts a save from an older copy that holds exactly what was saved since (a reload re-sending the text its page-hide save delivered)", async () => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", baseDraftVersion: 0, payload: { slug: "reloaded", title: "Reloaded" } } });
    const hidden = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: first.revisionId, baseDraftVersion: first.draftVersion, payload: { slug: "reloaded", title: "Reloaded", place: "Vientiane" } },
    });
    const again = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: first.revisionId, baseDraftVersion: first.draftVersion, payload: { slug: "reloaded", title: "Reloaded", place: "Vientiane" } },
    });
    expect([again.changed, again.draftVersion]).toEqual([false, hidden.draftVersion]);
  });

  it("keeps a draft's note when a save does not send one, and clears it only when sent blank", async () => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { slug: "noted", title: "Noted" }, message: "Why: the treaty text." } });
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: first.revisionId, payload: { slug: "noted", title: "Noted again" } } });
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: first.revisionId } })).message).toBe("Why: the treaty text.");
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: first.revisionId, payload: { slug: "noted", title: "Noted again" }, message: " " } });
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: first.revisionId } })).message).toBeNull();
  });

  it("shows who else has the entry open, each tab apart, and forgets a tab that left or went quiet", async () => {
    const entryId = "country_qatar";
    const t0 = new Date("2026-12-07T19:36:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    expect(await trackPresence({ db: t.db, actor: a.editor, input: { entryId, tabId: "editor-tab-1" }, now: t0 })).toEqual([]);
    const seen = await trackPresence({ db: t.db, actor: a.editor2, input: { entryId, tabId: "editor2-tab-1" }, now: at(10) });
    expect(seen).toEqual([{ name: "editor", since: t0.toISOString(), you: false }]);
    expect(await trackPresence({ db: t.db, actor: a.editor, input: { entryId, tabId: "editor-tab-2" }, now: at(20) })).toEqual([
      { name: "editor", since: t0.toISOString(), you: true },
      { name: "editor2", since: at(10).toISOString(), you: false },
    ]);
    await trackPresence({ db: t.db, actor: a.editor, input: { entryId, tabId: "editor-tab-2", leaving: true }, now: at(25) });
    // Editor's first tab sent no heartbeat for 90 seconds: gone.
    expect(await trackPresence({ db: t.db, actor: a.editor2, input: { entryId, tabId: "editor2-tab-1" }, now: at(100) })).toEqual([]);
  });
});

describe("merging two copies of a draft", () => {
  it("keeps both edits when they touch different words of a text", () => {
    expect(mergeText("Mongolia and Qatar signed a memorandum.", "Mongolia and Qatar signed a memorandum on labour.", "In 2020 Mongolia and Qatar signed a memorandum.")).toBe(
      "In 2020 Mongolia and Qatar signed a memorandum on labour.",
    );
  });

  it("names the fields both changed the same way apart, keeping the editor's text there and the rest from both", () => {
    const base = { title: "Visit", description: "A visit.", start: "2011" };
    const mine = { title: "State visit", description: "A visit in August.", start: "2011" };
    const theirs = { title: "Official visit", description: "A visit.", start: "2011-08" };
    const m = mergeDrafts(base, mine, theirs);
    expect(m.merged).toEqual({ title: "State visit", description: "A visit in August.", start: "2011-08" });
    expect(m.conflicts).toEqual(["title"]);
    expect(Object.fromEntries(m.fields.map((f) => [f.field, f.outcome]))).toEqual({ title: "conflict", description: "mine", start: "theirs" });
  });

  it("treats lists and links as whole values: the same change on both sides agrees, different ones conflict", () => {
    const base = { countryIds: ["country_qatar"] };
    expect(mergeDrafts(base, { countryIds: ["country_qatar", "country_india"] }, { countryIds: ["country_qatar", "country_india"] }).conflicts).toEqual([]);
    expect(mergeDrafts(base, { countryIds: ["country_india"] }, { countryIds: ["country_china"] }).conflicts).toEqual(["countryIds"]);
  });
});
