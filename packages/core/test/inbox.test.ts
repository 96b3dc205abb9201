import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { returnChangeSet } from "../src/change-sets/return-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { UnauthenticatedError } from "../src/errors.ts";
import { countUnread, listInbox } from "../src/inbox/list-inbox.ts";
import { markRead } from "../src/inbox/mark-read.ts";
import { isWatching, watchEntry } from "../src/inbox/watch-entry.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { rejectRevision } from "../src/review/reject-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };

describe("the inbox and watchlists", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const qatarEvent = (slug: string) => ({
    slug,
    title: `Event ${slug}`,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar", "country_mongolia"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });
  /** Notifications that arrive while `act` runs, per user. */
  const arriving = async (act: () => Promise<unknown>) => {
    const before = new Set((await t.db.notification.findMany({ select: { id: true } })).map((n) => n.id));
    await act();
    const rows = await t.db.notification.findMany({ orderBy: { createdAt: "asc" } });
    const fresh = rows.filter((n) => !before.has(n.id));
    return (who: Actor) => fresh.filter((n) => n.userId === who.id);
  };
  const publish = async (actor: Actor, input: Parameters<typeof saveDraft>[0]["input"], approver: Actor = a.admin) => {
    const saved = await saveDraft({ db: t.db, actor, input });
    await submitRevision({ db: t.db, actor, input: saved });
    await approveRevision({ db: t.db, actor: approver, input: saved, policy: STRICT });
    return saved;
  };

  it("tells the author their change set was approved", async () => {
    const to = await arriving(() => publish(a.editor, { kind: "EVENT", payload: qatarEvent("good-news") }));
    expect(to(a.editor).map((n) => [n.kind, n.message])).toEqual([["APPROVED", "“Event good-news” was approved and published."]]);
    expect(to(a.admin)).toEqual([]);
  });

  it("tells the author which entries need changes and which were rejected, each with the reviewer's comment", async () => {
    const country = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "atlantis", name: "Atlantis", region: "Europe" } } });
    const event = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", changeSetId: country.changeSetId, payload: { ...qatarEvent("atlantis-visit"), countryIds: [country.entryId] } },
    });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: country.changeSetId } });
    const decisions = [
      { revisionId: country.revisionId, decision: "reject" as const, comment: "Atlantis is not a country." },
      { revisionId: event.revisionId, decision: "changes" as const, comment: "Name a real country." },
    ];
    const to = await arriving(() => returnChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: country.changeSetId, decisions } }));
    expect(to(a.editor).map((n) => [n.kind, n.entryId, n.comment, n.message])).toEqual(
      expect.arrayContaining([
        ["REJECTED", country.entryId, "Atlantis is not a country.", "“Atlantis” was rejected."],
        ["CHANGES_REQUESTED", event.entryId, "Name a real country.", "“Event atlantis-visit” needs changes before it can be published."],
      ]),
    );
    expect(to(a.editor)).toHaveLength(2);
    expect(to(a.editor2)).toEqual([]);

    // The one-revision path (the review page's "reject") tells the author too.
    const lone = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: qatarEvent("lone-reject") } });
    await submitRevision({ db: t.db, actor: a.editor, input: lone });
    const told = await arriving(() => rejectRevision({ db: t.db, actor: a.admin, input: { revisionId: lone.revisionId, comment: "Out of scope." }, final: true }));
    expect(told(a.editor).map((n) => [n.kind, n.comment])).toEqual([["REJECTED", "Out of scope."]]);
  });

  it("tells the watchers of a country when a change touching it is published, once each, but not who did it", async () => {
    await watchEntry({ db: t.db, actor: a.editor2, input: { entryId: "country_qatar", watch: true } });
    await watchEntry({ db: t.db, actor: a.editor2, input: { entryId: "country_mongolia", watch: true } });
    await watchEntry({ db: t.db, actor: a.admin, input: { entryId: "country_qatar", watch: true } });
    await watchEntry({ db: t.db, actor: a.admin2, input: { entryId: "country_china", watch: true } });
    const to = await arriving(() => publish(a.editor, { kind: "EVENT", payload: qatarEvent("watched-doha") }));
    expect(to(a.editor2).map((n) => [n.kind, n.message])).toEqual([["WATCHED_CHANGED", "“Event watched-doha” was published."]]);
    expect(to(a.admin)).toEqual([]); // the approver
    expect(to(a.admin2)).toEqual([]); // China is not concerned
    expect(to(a.editor).map((n) => n.kind)).toEqual(["APPROVED"]);
  });

  it("has authors watch what they write by default, tells them of later changes, and lets them stop", async () => {
    const mine = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: qatarEvent("my-event") } });
    expect(await isWatching({ db: t.db, actor: a.editor, input: { entryId: mine.entryId } })).toBe(true);
    expect(await isWatching({ db: t.db, actor: a.editor2, input: { entryId: mine.entryId } })).toBe(false);
    await submitRevision({ db: t.db, actor: a.editor, input: mine });
    await approveRevision({ db: t.db, actor: a.admin, input: mine, policy: STRICT });

    const edit = async (place: string) => {
      const base = await publishedPayload(t.db, mine.entryId);
      return publish(a.editor2, { kind: "EVENT", entryId: mine.entryId, payload: { ...base, place } }, a.admin2);
    };
    const first = await arriving(() => edit("Doha"));
    expect(first(a.editor)).toEqual([expect.objectContaining({ kind: "WATCHED_CHANGED", entryId: mine.entryId })]);

    await watchEntry({ db: t.db, actor: a.editor, input: { entryId: mine.entryId, watch: false } });
    expect(await isWatching({ db: t.db, actor: a.editor, input: { entryId: mine.entryId } })).toBe(false);
    const second = await arriving(() => edit("Lusail"));
    expect(second(a.editor)).toEqual([]);
  });

  it("counts unread notifications and marks one or all of them read", async () => {
    await markRead({ db: t.db, actor: a.editor, input: {} });
    expect(await countUnread({ db: t.db, actor: a.editor })).toBe(0);
    await publish(a.editor, { kind: "EVENT", payload: qatarEvent("unread-1") });
    await publish(a.editor, { kind: "EVENT", payload: qatarEvent("unread-2") });
    expect(await countUnread({ db: t.db, actor: a.editor })).toBe(2);
    const inbox = await listInbox({ db: t.db, actor: a.editor });
    expect(inbox.unread).toBe(2);
    expect(inbox.items[0]?.message).toContain("unread-2"); // newest first

    await expect(markRead({ db: t.db, actor: a.editor, input: { notificationId: inbox.items[0]!.id } })).resolves.toEqual({ marked: 1 });
    expect(await countUnread({ db: t.db, actor: a.editor })).toBe(1);
    await expect(markRead({ db: t.db, actor: a.editor, input: {} })).resolves.toEqual({ marked: 1 });
    expect(await countUnread({ db: t.db, actor: a.editor })).toBe(0);
  });

  it("keeps each inbox its owner's: nobody else can read it or mark it read", async () => {
    await publish(a.editor, { kind: "EVENT", payload: qatarEvent("private-note") });
    const note = (await listInbox({ db: t.db, actor: a.editor })).items.find((n) => n.message.includes("private-note"))!;
    expect((await listInbox({ db: t.db, actor: a.editor2 })).items.map((n) => n.id)).not.toContain(note.id);
    await expect(markRead({ db: t.db, actor: a.editor2, input: { notificationId: note.id } })).resolves.toEqual({ marked: 0 });
    await expect(markRead({ db: t.db, actor: a.admin, input: { notificationId: note.id } })).resolves.toEqual({ marked: 0 });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: note.id } })).readAt).toBeNull();
    await expect(countUnread({ db: t.db, actor: null })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(markRead({ db: t.db, actor: null, input: { notificationId: note.id } })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
