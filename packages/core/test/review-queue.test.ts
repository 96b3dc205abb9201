import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { withdrawRevision } from "../src/drafts/withdraw-revision.ts";
import { ForbiddenError, UnauthenticatedError } from "../src/errors.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { listQueueAuthors, listReviewQueue, QUEUE_PAGE_SIZE } from "../src/review/list-review-queue.ts";
import { rejectRevision } from "../src/review/reject-revision.ts";
import { bootstrapUser } from "../src/users/bootstrap-user.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

const CITED = [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }];

describe("the review queue: what waits for an admin, a change set at a time, oldest first", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  let zolzaya: Actor;
  let anu: Actor;
  let bayar: Actor;
  let dorj: Actor;
  // Submitted revisions, in the order they were sent to review.
  const queued: Record<"relationship" | "event" | "country" | "mission" | "fact", string> = {} as never;

  const person = async (name: string): Promise<Actor> => {
    const u = await bootstrapUser({ db: t.db, input: { email: `${name.toLowerCase()}@atlas.test`, name, role: "EDITOR", password: "correct horse battery" }, via: "test" });
    return { id: u.id, email: u.email, name, role: "EDITOR" };
  };
  /** The revisions the queue shows, set by set, entries beneath each in order. */
  const ids = (rows: { entries: { revisionId: string }[] }[]) => rows.flatMap((r) => r.entries.map((e) => e.revisionId));

  beforeAll(async () => {
    a = await makeActors(t.db);
    // Created out of alphabetical order, so that a list in name order is the query's doing.
    zolzaya = await person("Zolzaya");
    dorj = await person("Dorj");
    anu = await person("Anu");
    bayar = await person("Bayar");

    // Drafts are written in the reverse of the order they are submitted in, so that the queue's
    // order (by submission) differs from the order the rows were created in.
    const fact = await saveDraft({
      db: t.db,
      actor: dorj,
      input: { kind: "FACT", payload: { subject: "Chinese tourists in Mongolia", value: "120000", unit: "visitors per year", countryId: "country_china", citations: CITED } },
    });
    const mission = await saveDraft({
      db: t.db,
      actor: dorj,
      input: { kind: "MISSION", payload: { type: "EMBASSY", senderId: "country_mongolia", hostId: "country_japan", city: "Tokyo", citations: CITED } },
    });
    const qatar = await publishedPayload(t.db, "country_qatar");
    const country = await saveDraft({ db: t.db, actor: bayar, input: { kind: "COUNTRY", entryId: "country_qatar", payload: { ...qatar, capital: "Doha (Ad-Dawhah)" } } });
    const event = await saveDraft({
      db: t.db,
      actor: zolzaya,
      input: {
        kind: "EVENT",
        payload: {
          slug: "qatar-trade-week",
          title: "Qatar trade week",
          description: "A test event.",
          type: "TRADE_INVESTMENT",
          start: "2025-03",
          countryIds: ["country_mongolia", "country_qatar"],
          citations: CITED,
        },
      },
    });
    const china = await publishedPayload(t.db, "rel_china");
    const relationship = await saveDraft({
      db: t.db,
      actor: anu,
      input: { kind: "RELATIONSHIP", entryId: "rel_china", payload: { ...china, summary: `${String(china.summary)} More.` } },
    });

    for (const [key, saved, actor] of [
      ["relationship", relationship, anu],
      ["event", event, zolzaya],
      ["country", country, bayar],
      ["mission", mission, dorj],
      ["fact", fact, dorj],
    ] as const) {
      await submitRevision({ db: t.db, actor, input: saved });
      queued[key] = saved.revisionId;
    }

    // Not waiting for review (nor are their authors listed): a draft, one published, one sent back.
    await saveDraft({ db: t.db, actor: a.admin2, input: { kind: "COUNTRY", payload: { slug: "oman", name: "Oman", region: "Asia" } } });
    const published = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "nepal", name: "Nepal", region: "Asia" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: published });
    await approveRevision({ db: t.db, actor: a.admin, input: published, policy: { allowSelfApproval: false } });
    const returned = await saveDraft({ db: t.db, actor: a.admin2, input: { kind: "COUNTRY", payload: { slug: "laos", name: "Laos", region: "Asia" } } });
    await submitRevision({ db: t.db, actor: a.admin2, input: returned });
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...returned, comment: "Which sources?" }, final: false });
  });

  it("shows only submitted work, the longest-waiting change set first, with who sent it and what it changes", async () => {
    const queue = await listReviewQueue({ db: t.db, actor: a.admin });
    expect(ids(queue.rows)).toEqual([queued.relationship, queued.event, queued.country, queued.mission, queued.fact]);
    expect(queue.total).toBe(5);
    expect([queue.previous, queue.next]).toEqual([null, null]);
    const submittedAt = queue.rows.map((r) => r.submittedAt.getTime());
    expect(submittedAt).toEqual([...submittedAt].sort((x, y) => x - y));

    const row = queue.rows[2]!;
    expect(row).toEqual({
      id: expect.any(String),
      title: "Qatar",
      submittedAt: expect.any(Date),
      author: { id: bayar.id, name: "Bayar", email: "bayar@atlas.test" },
      note: null,
      entries: [{ revisionId: queued.country, entryId: "country_qatar", kind: "COUNTRY", action: "UPSERT", label: "Qatar", message: null, isNew: false, conflict: false }],
      waitsFor: [],
    });
    expect(row.id).toBe((await t.db.revision.findUniqueOrThrow({ where: { id: queued.country } })).changeSetId);
  });

  it("narrows the queue to one kind of entry, or to one author", async () => {
    const events = await listReviewQueue({ db: t.db, actor: a.admin, input: { kind: "EVENT" } });
    expect([ids(events.rows), events.total]).toEqual([[queued.event], 1]);
    const byDorj = await listReviewQueue({ db: t.db, actor: a.admin, input: { authorId: dorj.id } });
    expect([ids(byDorj.rows), byDorj.total]).toEqual([[queued.mission, queued.fact], 2]);
    const both = await listReviewQueue({ db: t.db, actor: a.admin, input: { authorId: dorj.id, kind: "FACT" } });
    expect(ids(both.rows)).toEqual([queued.fact]);
  });

  it("narrows the queue to one country: the country itself, and whatever names it in a field or a list", async () => {
    // Qatar: its own entry, and an event listing it among the countries involved.
    const qatar = await listReviewQueue({ db: t.db, actor: a.admin, input: { countryId: "country_qatar" } });
    expect([ids(qatar.rows), qatar.total]).toEqual([[queued.event, queued.country], 2]);
    // China: the relationship's counterpart and the fact's country, both single fields.
    const china = await listReviewQueue({ db: t.db, actor: a.admin, input: { countryId: "country_china" } });
    expect([ids(china.rows), china.total]).toEqual([[queued.relationship, queued.fact], 2]);
    // Japan: the mission's host country.
    const japan = await listReviewQueue({ db: t.db, actor: a.admin, input: { countryId: "country_japan" } });
    expect(ids(japan.rows)).toEqual([queued.mission]);
    // Mongolia is named by the relationship, the event and the mission.
    const mongolia = await listReviewQueue({ db: t.db, actor: a.admin, input: { countryId: "country_mongolia" } });
    expect(ids(mongolia.rows)).toEqual([queued.relationship, queued.event, queued.mission]);
    const none = await listReviewQueue({ db: t.db, actor: a.admin, input: { countryId: "country_canada" } });
    expect([none.rows, none.total]).toEqual([[], 0]);
  });

  it("ignores filter values that make no sense instead of failing, and says which filters it applied", async () => {
    const queue = await listReviewQueue({
      db: t.db,
      actor: a.admin,
      input: { kind: "SPACESHIP", authorId: "not-a-person", countryId: "Qatar!", after: "%%%", before: "" },
    });
    expect(queue.total).toBe(5);
    expect(ids(queue.rows)).toEqual([queued.relationship, queued.event, queued.country, queued.mission, queued.fact]);
    expect(queue.filter).toEqual({ kind: undefined, authorId: undefined, countryId: undefined, after: undefined, before: undefined });
    const kept = await listReviewQueue({ db: t.db, actor: a.admin, input: { kind: "FACT", countryId: "country_china" } });
    expect(kept.filter).toMatchObject({ kind: "FACT", countryId: "country_china" });
  });

  it("offers as authors only the people with something waiting, by name", async () => {
    expect(await listQueueAuthors({ db: t.db, actor: a.admin })).toEqual([
      { id: anu.id, name: "Anu" },
      { id: bayar.id, name: "Bayar" },
      { id: dorj.id, name: "Dorj" },
      { id: zolzaya.id, name: "Zolzaya" },
    ]);
  });

  it("is for admins only: editors are refused and anonymous visitors asked to sign in", async () => {
    await expect(listReviewQueue({ db: t.db, actor: a.editor })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listQueueAuthors({ db: t.db, actor: a.editor })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listReviewQueue({ db: t.db, actor: null })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listQueueAuthors({ db: t.db, actor: null })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("lists a change set of several entries once, its entries beneath it, waiting since its submission", async () => {
    const setter = await person("Setter");
    const first = await saveDraft({ db: t.db, actor: setter, input: { kind: "COUNTRY", payload: { slug: "setland-1", name: "Setland 1", region: "Asia" } } });
    const more = [2, 3].map((n) => ({ kind: "COUNTRY" as const, changeSetId: first.changeSetId, payload: { slug: `setland-${n}`, name: `Setland ${n}`, region: "Asia" } }));
    const rest = [];
    for (const input of more) rest.push(await saveDraft({ db: t.db, actor: setter, input }));
    await submitRevision({ db: t.db, actor: setter, input: first });
    const queue = await listReviewQueue({ db: t.db, actor: a.admin, input: { authorId: setter.id } });
    expect(queue.total).toBe(1);
    expect(queue.rows.map((r) => [r.id, r.title, r.entries.map((e) => e.label)])).toEqual([[first.changeSetId, "Setland 1 and 2 more", ["Setland 1", "Setland 2", "Setland 3"]]]);
    // Filtered by kind or country, a set still shows whole: it is approved whole.
    expect((await listReviewQueue({ db: t.db, actor: a.admin, input: { authorId: setter.id, kind: "COUNTRY" } })).rows[0]!.entries).toHaveLength(3);
    await withdrawRevision({ db: t.db, actor: setter, input: rest[0]! });
    expect((await listReviewQueue({ db: t.db, actor: a.admin, input: { authorId: setter.id } })).total).toBe(0);
  });

  it("pages through a long queue forward and back without skipping or repeating anyone's work", async () => {
    const pager = await person("Pager");
    const countryDraft = (n: number) => ({ kind: "COUNTRY" as const, payload: { slug: `pageland-${n}`, name: `Pageland ${n}`, region: "Asia" } });
    // QUEUE_PAGE_SIZE + 2 change sets, submitted in the reverse of the order they were written in.
    const drafts = [];
    for (let n = 0; n < QUEUE_PAGE_SIZE + 2; n++) drafts.push(await saveDraft({ db: t.db, actor: pager, input: countryDraft(n) }));
    for (const saved of [...drafts].reverse()) await submitRevision({ db: t.db, actor: pager, input: saved });
    const expected = [...drafts].reverse().map((d) => d.changeSetId);
    const sets = (rows: { id: string }[]) => rows.map((r) => r.id);

    const filter = { authorId: pager.id };
    const one = await listReviewQueue({ db: t.db, actor: a.admin, input: filter });
    expect(one.total).toBe(QUEUE_PAGE_SIZE + 2);
    expect(sets(one.rows)).toEqual(expected.slice(0, QUEUE_PAGE_SIZE));
    expect(one.previous).toBeNull();

    const two = await listReviewQueue({ db: t.db, actor: a.admin, input: { ...filter, after: one.next! } });
    expect(sets(two.rows)).toEqual(expected.slice(QUEUE_PAGE_SIZE));
    expect(two.next).toBeNull();

    const back = await listReviewQueue({ db: t.db, actor: a.admin, input: { ...filter, before: two.previous! } });
    expect(sets(back.rows)).toEqual(expected.slice(0, QUEUE_PAGE_SIZE));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(one.next);
  });
});
