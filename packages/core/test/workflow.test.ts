import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { discardDraft } from "../src/drafts/discard-draft.ts";
import { rebaseRevision } from "../src/drafts/rebase-revision.ts";
import { requestRemoval } from "../src/drafts/request-removal.ts";
import { revertEntry } from "../src/drafts/revert-entry.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { withdrawRevision } from "../src/drafts/withdraw-revision.ts";
import { ConflictError, ForbiddenError, NotFoundError, StateError, type ValidationError } from "../src/errors.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { search } from "../src/public/search.ts";
import { processRevalidationJobs } from "../src/revalidation/outbox.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { previewRevision } from "../src/review/preview-revision.ts";
import { rejectRevision } from "../src/review/reject-revision.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };

describe("drafts, review and publishing", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const newQatarEvent = (title: string) => ({
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar", "country_mongolia"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });

  it("keeps a draft off the public site until an admin approves it, then publishes it everywhere at once", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: newQatarEvent("Qatar council opens") } });
    expect((await getCountryPage(t.db, "qatar"))!.events.map((e) => e.title)).not.toContain("Qatar council opens");
    const preview = await previewRevision({ db: t.db, actor: a.editor, input: saved });
    expect(preview.page === "event" && preview.data.title).toBe("Qatar council opens");
    expect(await t.db.event.findUnique({ where: { id: saved.entryId } })).toBeNull();

    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    const { version, jobId } = await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT });
    expect(version).toBe(1);
    expect((await getCountryPage(t.db, "qatar"))!.events.map((e) => e.title)).toContain("Qatar council opens");
    expect((await search(t.db, "council")).hits.map((h) => h.id)).toContain(saved.entryId);
    const job = await t.db.revalidationJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.tags).toEqual(expect.arrayContaining(["country:qatar", "country:mongolia", "timeline", "site", "feeds", `event:${newQatarEvent("Qatar council opens").slug}`]));
    const audit = await t.db.auditLog.findMany({ where: { targetId: { in: [saved.revisionId, saved.entryId] } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((r) => r.action)).toEqual(["revision.save", "revision.submit", "revision.approve", "entry.publish"]);
  });

  it("refuses to let anyone approve their own revision unless the site allows it, and audits it when it does", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.admin, input: { kind: "EVENT", payload: newQatarEvent("Self approved") } });
    await submitRevision({ db: t.db, actor: a.admin, input: saved });
    await expect(approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).status).toBe("SUBMITTED");
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: true } });
    const row = await t.db.auditLog.findFirstOrThrow({ where: { action: "revision.approve", targetId: saved.revisionId } });
    expect(row.data).toMatchObject({ selfApproved: true });
  });

  it("lets an admin request changes; the editor sees the comment, revises and resubmits; rejection is final", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: newQatarEvent("Needs work") } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...saved, comment: "Cite the memorandum itself." }, final: false });
    const back = await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect([back.status, back.reviewComment]).toEqual(["CHANGES_REQUESTED", "Cite the memorandum itself."]);
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: saved.revisionId, payload: { ...newQatarEvent("Needs work"), description: "Better." } } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...saved, comment: "Out of scope." }, final: true });
    await expect(submitRevision({ db: t.db, actor: a.editor, input: saved })).rejects.toBeInstanceOf(StateError);
  });

  it("will not send a submitted revision back without saying why", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: newQatarEvent("Say why") } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    for (const final of [true, false]) {
      for (const comment of ["", "   "]) {
        const error = await rejectRevision({ db: t.db, actor: a.admin, input: { ...saved, comment }, final }).catch((e: unknown) => e);
        expect((error as ValidationError).fieldErrors).toEqual({ comment: ["Say what needs to change."] });
      }
    }
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).toMatchObject({ status: "SUBMITTED", reviewComment: null });
  });

  it("gives the second of two editors working from the same base a conflict, keeps their text, and lets them carry it onto the new version", async () => {
    const base = await publishedPayload(t.db, "event_2020-qatar-memorandum");
    const first = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, title: "First editor's title" } },
    });
    const secondText = { ...base, description: "The second editor's careful rewrite." };
    const second = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: secondText } });
    await submitRevision({ db: t.db, actor: a.editor, input: first });
    await approveRevision({ db: t.db, actor: a.admin, input: first, policy: STRICT });

    const conflict = await submitRevision({ db: t.db, actor: a.editor2, input: second }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    const details = (conflict as ConflictError).details;
    expect(details).toMatchObject({ baseVersion: 1, currentVersion: 2 });
    expect((details.published as { title: string }).title).toBe("First editor's title");
    expect((details.yours as { description: string }).description).toBe("The second editor's careful rewrite.");
    const kept = await t.db.revision.findUniqueOrThrow({ where: { id: second.revisionId } });
    expect([kept.status, (kept.payload as { description: string }).description]).toEqual(["DRAFT", "The second editor's careful rewrite."]);

    await rebaseRevision({ db: t.db, actor: a.editor2, input: second });
    await submitRevision({ db: t.db, actor: a.editor2, input: second });
    await approveRevision({ db: t.db, actor: a.admin2, input: second, policy: STRICT });
    const now = await t.db.event.findUniqueOrThrow({ where: { id: "event_2020-qatar-memorandum" }, include: { entry: true } });
    expect([now.entry.version, now.description]).toEqual([3, "The second editor's careful rewrite."]);
  });

  it("also stops an admin from approving a revision whose base moved on", async () => {
    const base = await publishedPayload(t.db, "event_2011-08-biden-visit");
    const one = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: "event_2011-08-biden-visit", payload: { ...base, place: "Ulaanbaatar" } } });
    const two = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId: "event_2011-08-biden-visit", payload: { ...base, place: "Ulan Bator" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: one });
    await submitRevision({ db: t.db, actor: a.editor2, input: two });
    await approveRevision({ db: t.db, actor: a.admin, input: one, policy: STRICT });
    const before = await snapshot(t.db);
    await expect(approveRevision({ db: t.db, actor: a.admin, input: two, policy: STRICT })).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("keeps history: reverting makes a new draft of an old version, and unpublishing waits for review", async () => {
    const reverted = await revertEntry({ db: t.db, actor: a.editor, input: { entryId: "event_2020-qatar-memorandum", toVersion: 1 } });
    const draft = await t.db.revision.findUniqueOrThrow({ where: { id: reverted.revisionId } });
    expect([draft.status, (draft.payload as { title: string }).title, draft.baseVersion]).toEqual(["DRAFT", "Mongolia and Qatar agree on political consultations", 3]);
    await discardDraft({ db: t.db, actor: a.editor, input: reverted });

    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "event_2020-qatar-memorandum" }, action: "UNPUBLISH" });
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: "event_2020-qatar-memorandum" } })).status).toBe("PUBLISHED");
    await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
    const entry = await t.db.entry.findUniqueOrThrow({ where: { id: "event_2020-qatar-memorandum" }, include: { revisions: true } });
    expect([entry.status, entry.version]).toEqual(["UNPUBLISHED", 4]);
    expect(
      entry.revisions
        .filter((r) => r.status === "PUBLISHED")
        .map((r) => r.publishedVersion)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
    expect((await getCountryPage(t.db, "qatar"))!.events.map((e) => e.slug)).not.toContain("2020-qatar-memorandum");
  });

  it("will not take an entry off the site while published entries still use it", async () => {
    await expect(requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "country_russia" }, action: "UNPUBLISH" })).rejects.toThrow(/still used by \d+ published entries/);
  });

  it("retries a failed page refresh with back-off, then gives up visibly", async () => {
    const job = await t.db.revalidationJob.create({ data: { tags: ["site"], reason: "test" } });
    const down = async () => {
      throw new Error("connect ECONNREFUSED");
    };
    for (let i = 0; i < 6; i++) await processRevalidationJobs({ db: t.db, send: down, ids: [job.id] });
    const failed = await t.db.revalidationJob.findUniqueOrThrow({ where: { id: job.id } });
    expect([failed.status, failed.attempts, failed.lastError]).toEqual(["FAILED", 6, "connect ECONNREFUSED"]);
    expect(await t.db.auditLog.count({ where: { action: "revalidation.failed", targetId: job.id } })).toBe(1);
    const sent: string[][] = [];
    await t.db.revalidationJob.update({ where: { id: job.id }, data: { status: "PENDING" } });
    await processRevalidationJobs({ db: t.db, send: async (tags) => void sent.push(tags), ids: [job.id] });
    expect(sent).toEqual([["site"]]);
    expect((await t.db.revalidationJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DONE");
  });

  it("keeps relationships the focus country's, whatever a form sends", async () => {
    const payload = { subjectId: "country_china", counterpartId: "country_qatar", summary: "Not Mongolia's.", citations: [{ sourceId: "source_seed-text", excerptId: null }] };
    const attempt = (async () => {
      const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "RELATIONSHIP", payload } });
      await submitRevision({ db: t.db, actor: a.editor, input: saved });
    })();
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { subjectId: ["A relationship is the focus country's: choose it as the country."] } });
    expect(await t.db.relationship.count({ where: { subjectId: "country_china" } })).toBe(0);
  });

  it("lets only the author touch their own draft", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: newQatarEvent("Mine only") } });
    const other: Actor = a.editor2;
    await expect(submitRevision({ db: t.db, actor: other, input: saved })).rejects.toThrow("That revision does not exist.");
    await expect(discardDraft({ db: t.db, actor: a.admin, input: saved })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveDraft({ db: t.db, actor: other, input: { kind: "EVENT", revisionId: saved.revisionId, payload: newQatarEvent("Mine only") } })).rejects.toThrow(
      "That revision does not exist.",
    );
    await expect(saveDraft({ db: t.db, actor: a.admin, input: { kind: "EVENT", revisionId: saved.revisionId, payload: newQatarEvent("Mine only") } })).rejects.toThrow(
      /belongs to someone else/,
    );
  });
});

describe("review rules an admin cannot get around", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  let n = 0;
  const draft = async () =>
    saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        payload: {
          slug: `review-rule-${++n}`,
          title: `Review rule ${n}`,
          description: "A test event.",
          type: "AGREEMENT",
          start: "2025-03",
          countryIds: ["country_qatar", "country_mongolia"],
          citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
        },
      },
    });

  it("publishes only a submitted revision: a draft, one sent back, a rejected or withdrawn one, or one already published is refused and nothing changes", async () => {
    const asDraft = await draft();
    const sentBack = await draft();
    await submitRevision({ db: t.db, actor: a.editor, input: sentBack });
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...sentBack, comment: "More sources." }, final: false });
    const rejected = await draft();
    await submitRevision({ db: t.db, actor: a.editor, input: rejected });
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...rejected, comment: "No." }, final: true });
    const withdrawn = await draft();
    await submitRevision({ db: t.db, actor: a.editor, input: withdrawn });
    await withdrawRevision({ db: t.db, actor: a.editor, input: withdrawn });
    const discarded = await draft();
    await discardDraft({ db: t.db, actor: a.editor, input: discarded });
    const published = await draft();
    await submitRevision({ db: t.db, actor: a.editor, input: published });
    await approveRevision({ db: t.db, actor: a.admin, input: published, policy: STRICT });

    for (const [what, r] of Object.entries({ asDraft, sentBack, rejected, withdrawn, discarded, published })) {
      const before = await snapshot(t.db);
      const error = await approveRevision({ db: t.db, actor: a.admin2, input: r, policy: STRICT }).catch((e: unknown) => e);
      expect(error, what).toBeInstanceOf(StateError);
      expect((error as Error).message, what).toMatch(/Only a submitted revision can be approved/);
      expect(await snapshot(t.db), what).toEqual(before);
    }
    expect(await t.db.event.count({ where: { slug: { in: ["review-rule-1", "review-rule-2", "review-rule-3", "review-rule-4", "review-rule-5"] } } })).toBe(0);
  });

  it("will not take an entry off the site when something that uses it was published after the request", async () => {
    // A person no published event names yet: taking them off the site is proposed…
    const person = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "PERSON", payload: { slug: "a-later-envoy", name: "A Later Envoy" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: person });
    await approveRevision({ db: t.db, actor: a.admin, input: person, policy: STRICT });
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: person.entryId }, action: "UNPUBLISH" });
    // …then an event naming them is published before an admin decides.
    const base = await publishedPayload(t.db, "event_2020-qatar-memorandum");
    const withEnvoy = await saveDraft({
      db: t.db,
      actor: a.editor2,
      input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, participants: [{ personId: person.entryId, role: "Envoy", countryId: null }] } },
    });
    await submitRevision({ db: t.db, actor: a.editor2, input: withEnvoy });
    await approveRevision({ db: t.db, actor: a.admin, input: withEnvoy, policy: STRICT });

    const before = await snapshot(t.db);
    await expect(approveRevision({ db: t.db, actor: a.admin2, input: removal, policy: STRICT })).rejects.toThrow(/Still used by published entries: .*Qatar/);
    expect(await snapshot(t.db)).toEqual(before);
    expect((await getEvent(t.db, "2020-qatar-memorandum"))!.participants.map((p) => p.person.name)).toContain("A Later Envoy");
  });

  it("shows a draft's preview to its author and to admins only", async () => {
    const mine = await draft();
    expect((await previewRevision({ db: t.db, actor: a.editor, input: mine })).page).toBe("event");
    expect((await previewRevision({ db: t.db, actor: a.admin, input: mine })).page).toBe("event");
    await expect(previewRevision({ db: t.db, actor: a.editor2, input: mine })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("leaves a trail of every decision: approvals, change requests and rejections with their comments", async () => {
    const [approved, sentBack, rejected] = [await draft(), await draft(), await draft()];
    for (const r of [approved, sentBack, rejected]) await submitRevision({ db: t.db, actor: a.editor, input: r });
    await approveRevision({ db: t.db, actor: a.admin, input: approved, policy: STRICT });
    await rejectRevision({ db: t.db, actor: a.admin, input: { ...sentBack, comment: "Add the date." }, final: false });
    await rejectRevision({ db: t.db, actor: a.admin2, input: { ...rejected, comment: "Not notable." }, final: true });
    const trail = async (revisionId: string) =>
      (await t.db.auditLog.findMany({ where: { targetId: revisionId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, data: true } })).map((r) => ({
        action: r.action,
        actorId: r.actorId,
        comment: (r.data as { comment?: string }).comment,
      }));
    expect((await trail(approved.revisionId)).at(-1)).toEqual({ action: "revision.approve", actorId: a.admin.id, comment: undefined });
    expect((await trail(sentBack.revisionId)).at(-1)).toEqual({ action: "revision.request_changes", actorId: a.admin.id, comment: "Add the date." });
    expect((await trail(rejected.revisionId)).at(-1)).toEqual({ action: "revision.reject", actorId: a.admin2.id, comment: "Not notable." });
  });
});

describe("the public pages a publish refreshes", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const refreshed = async (jobId: string) => (await t.db.revalidationJob.findUniqueOrThrow({ where: { id: jobId } })).tags;

  it("include the page an event left when it moves to another country, as well as the one it joins", async () => {
    const base = await publishedPayload(t.db, "event_2020-qatar-memorandum");
    const moved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, countryIds: ["country_canada", "country_mongolia"] } },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: moved });
    const { jobId } = await approveRevision({ db: t.db, actor: a.admin, input: moved, policy: STRICT });
    expect(await refreshed(jobId)).toEqual(expect.arrayContaining(["country:qatar", "country:canada", "country:mongolia", "event:2020-qatar-memorandum", "timeline"]));
  });

  it("include every page a taken-down event was on", async () => {
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "event_2011-08-biden-visit" }, action: "UNPUBLISH" });
    const { jobId } = await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
    expect(await refreshed(jobId)).toEqual(
      expect.arrayContaining(["country:united-states", "country:mongolia", "event:2011-08-biden-visit", "person:joe-biden", "timeline", "feeds", "exports"]),
    );
  });

  it("include both addresses of a country whose slug changed", async () => {
    const base = await publishedPayload(t.db, "country_bulgaria");
    const renamed = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", entryId: "country_bulgaria", payload: { ...base, slug: "republic-of-bulgaria" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: renamed });
    const { jobId } = await approveRevision({ db: t.db, actor: a.admin, input: renamed, policy: STRICT });
    expect(await refreshed(jobId)).toEqual(expect.arrayContaining(["country:bulgaria", "country:republic-of-bulgaria"]));
  });
});
