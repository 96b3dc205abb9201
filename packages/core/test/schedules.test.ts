import { setTimeout as sleep } from "node:timers/promises";

import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { ForbiddenError, StateError, type ValidationError } from "../src/errors.ts";
import { listInbox } from "../src/inbox/list-inbox.ts";
import { watchEntry } from "../src/inbox/watch-entry.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { cancelSchedule } from "../src/schedules/cancel-schedule.ts";
import { listSchedules } from "../src/schedules/list-schedules.ts";
import { makeActors, publishedPayload, snapshot } from "./support/actors.ts";
import { draftModiChangeSet } from "./support/modi-change-set.ts";

const STRICT = { allowSelfApproval: false };
/** Far enough ahead to check that nothing happens before it, near enough to wait for. */
const soon = (ms = 1500) => new Date(Date.now() + ms);
const until = async (time: Date) => sleep(Math.max(0, time.getTime() - Date.now() + 100));

describe("scheduled publishing and takedowns", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  /** What the worker does: run every job that is due. */
  const runDueJobs = () => drainJobs({ url: t.url, db: t.db });
  const statuses = async (changeSetId: string) => [...new Set((await t.db.revision.findMany({ where: { changeSetId }, select: { status: true } })).map((r) => r.status))];

  const qatarEvent = (slug: string) => ({
    slug,
    title: `Event ${slug}`,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar", "country_mongolia"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });
  const submitted = async (slug: string) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: qatarEvent(slug) } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    return saved;
  };

  it("publishes an approved change set when its time comes, not before", async () => {
    await watchEntry({ db: t.db, actor: a.editor2, input: { entryId: "country_mongolia", watch: true } });
    const set = await draftModiChangeSet(t.db, a.editor);
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    const publishAt = soon(3000); // room for a slow worker run before it
    const result = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId, publishAt }, policy: STRICT });
    expect(result.scheduled).toBe(true);
    expect(await statuses(set.changeSetId)).toEqual(["SCHEDULED"]);

    const pending = (await listSchedules({ db: t.db, actor: a.admin })).find((s) => s.changeSetId === set.changeSetId);
    expect(pending).toMatchObject({ action: "PUBLISH", status: "PENDING", runAt: publishAt, by: "admin" });
    expect(pending!.labels).toEqual(expect.arrayContaining(["India", "Narendra Modi", "Modi visits Mongolia"]));
    expect((await listInbox({ db: t.db, actor: a.editor })).items[0]).toMatchObject({ kind: "SCHEDULED", changeSetId: set.changeSetId });

    await runDueJobs();
    expect(await getCountryPage(t.db, "india")).toBeNull();
    expect(await getEvent(t.db, "2015-modi-visit")).toBeNull();

    await until(publishAt);
    await runDueJobs();
    expect((await getCountryPage(t.db, "india"))?.events.map((e) => e.title)).toEqual(["Modi visits Mongolia"]);
    expect(await statuses(set.changeSetId)).toEqual(["PUBLISHED"]);
    expect((await t.db.schedule.findFirstOrThrow({ where: { changeSetId: set.changeSetId } })).status).toBe("DONE");
    expect((await listSchedules({ db: t.db, actor: a.admin })).map((s) => s.changeSetId)).not.toContain(set.changeSetId);
    expect((await listInbox({ db: t.db, actor: a.editor })).items[0]).toMatchObject({ kind: "APPROVED", message: expect.stringContaining("published as scheduled") });
    expect((await listInbox({ db: t.db, actor: a.editor2 })).items[0]).toMatchObject({ kind: "WATCHED_CHANGED", message: expect.stringContaining("published as scheduled") });
  });

  it("takes a published entry down at its unpublish time", async () => {
    const saved = await submitted("leaves-at-noon");
    const unpublishAt = soon(3000);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: saved.changeSetId, unpublishAt }, policy: STRICT });
    expect((await getCountryPage(t.db, "qatar"))?.events.map((e) => e.slug)).toContain("leaves-at-noon");
    expect((await listSchedules({ db: t.db, actor: a.admin })).find((s) => s.action === "UNPUBLISH")).toMatchObject({ labels: ["Event leaves-at-noon"], status: "PENDING" });

    await runDueJobs();
    expect(await getEvent(t.db, "leaves-at-noon")).not.toBeNull();
    await until(unpublishAt);
    await runDueJobs();
    expect(await getEvent(t.db, "leaves-at-noon")).toBeNull();
    expect((await getCountryPage(t.db, "qatar"))?.events.map((e) => e.slug)).not.toContain("leaves-at-noon");
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: saved.entryId } })).status).toBe("UNPUBLISHED");
  });

  it("takes a whole change set down at its unpublish time, what links to others before what they link to", async () => {
    const set = await draftModiChangeSet(t.db, a.editor, "-u");
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: set.changeSetId } });
    const unpublishAt = soon();
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: set.changeSetId, unpublishAt }, policy: STRICT });
    expect(await getCountryPage(t.db, "india-u")).not.toBeNull();

    await until(unpublishAt);
    await runDueJobs();
    const ids = [set.country, set.source, set.person, set.event].map((d) => d.entryId);
    const rows = await t.db.entry.findMany({ where: { id: { in: ids } }, select: { label: true, status: true } });
    expect(Object.fromEntries(rows.map((e) => [e.label, e.status]))).toEqual({
      "India-u": "UNPUBLISHED",
      "Modi in Ulaanbaatar-u": "UNPUBLISHED",
      "Narendra Modi-u": "UNPUBLISHED",
      "Modi visits Mongolia-u": "UNPUBLISHED",
    });
    expect(await getCountryPage(t.db, "india-u")).toBeNull();
    expect(await t.db.schedule.count({ where: { entryId: { in: ids }, status: "FAILED" } })).toBe(0);
  });

  it("drops the planned takedown with a cancelled publication: approving the set later does not take it down at the old time", async () => {
    const saved = await submitted("cancelled-pair");
    const publishAt = soon();
    const unpublishAt = new Date(publishAt.getTime() + 1000);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: saved.changeSetId, publishAt, unpublishAt }, policy: STRICT });
    const publication = (await listSchedules({ db: t.db, actor: a.admin })).find((s) => s.changeSetId === saved.changeSetId)!;
    await cancelSchedule({ db: t.db, actor: a.admin, input: { scheduleId: publication.id } });
    expect((await listSchedules({ db: t.db, actor: a.admin })).filter((s) => s.labels.includes("Event cancelled-pair"))).toEqual([]);

    await approveChangeSet({ db: t.db, actor: a.admin2, input: { changeSetId: saved.changeSetId }, policy: STRICT });
    await until(unpublishAt);
    await runDueJobs();
    expect(await getEvent(t.db, "cancelled-pair")).not.toBeNull();
  });

  it("lets an admin cancel a scheduled publication: nothing is published and the set waits for review again", async () => {
    const saved = await submitted("cancelled-launch");
    const publishAt = soon();
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: saved.changeSetId, publishAt }, policy: STRICT });
    const schedule = (await listSchedules({ db: t.db, actor: a.admin })).find((s) => s.changeSetId === saved.changeSetId)!;

    await expect(cancelSchedule({ db: t.db, actor: a.editor, input: { scheduleId: schedule.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listSchedules({ db: t.db, actor: a.editor })).rejects.toBeInstanceOf(ForbiddenError);
    await cancelSchedule({ db: t.db, actor: a.admin2, input: { scheduleId: schedule.id } });
    await expect(cancelSchedule({ db: t.db, actor: a.admin2, input: { scheduleId: schedule.id } })).rejects.toBeInstanceOf(StateError);
    expect(await statuses(saved.changeSetId)).toEqual(["SUBMITTED"]);
    expect((await listSchedules({ db: t.db, actor: a.admin })).map((s) => s.id)).not.toContain(schedule.id);

    await until(publishAt);
    await runDueJobs();
    expect(await getEvent(t.db, "cancelled-launch")).toBeNull();
    expect((await t.db.schedule.findUniqueOrThrow({ where: { id: schedule.id } })).status).toBe("CANCELLED");

    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: saved.changeSetId }, policy: STRICT });
    expect(await getEvent(t.db, "cancelled-launch")).not.toBeNull();
  });

  it("marks a takedown that cannot run as failed, keeps the entry public and tells the admin who planned it", async () => {
    const country = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "oman", name: "Oman", region: "Asia" } } });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: country.changeSetId } });
    const unpublishAt = soon();
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: country.changeSetId, unpublishAt }, policy: STRICT });
    // Meanwhile an event naming Oman is published: Oman can no longer be taken down.
    const event = await saveDraft({
      db: t.db,
      actor: a.editor2,
      input: { kind: "EVENT", payload: { ...qatarEvent("oman-talks"), countryIds: [country.entryId, "country_mongolia"] } },
    });
    await submitRevision({ db: t.db, actor: a.editor2, input: event });
    await approveRevision({ db: t.db, actor: a.admin2, input: event, policy: STRICT });

    await until(unpublishAt);
    await runDueJobs();
    expect((await getCountryPage(t.db, "oman"))?.events.map((e) => e.slug)).toEqual(["oman-talks"]);
    const failed = (await listSchedules({ db: t.db, actor: a.admin2 })).find((s) => s.action === "UNPUBLISH" && s.labels[0] === "Oman");
    expect(failed).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("Still used by published entries") });
    const told = (await listInbox({ db: t.db, actor: a.admin })).items.find((n) => n.changeSetId === country.changeSetId && n.kind === "CHANGES_REQUESTED");
    expect(told?.message).toMatch(/scheduled takedown could not run: Still used by published entries: .*oman-talks/i);
  });

  it("fails a scheduled publication whose entry was published again meanwhile, and puts the set back in the review queue", async () => {
    const base = await publishedPayload(t.db, "event_2020-qatar-memorandum");
    const late = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, place: "Doha (late)" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: late });
    const publishAt = soon();
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: late.changeSetId, publishAt }, policy: STRICT });
    const quick = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...base, place: "Doha" } } });
    await submitRevision({ db: t.db, actor: a.editor2, input: quick });
    await approveRevision({ db: t.db, actor: a.admin2, input: quick, policy: STRICT });

    await until(publishAt);
    await runDueJobs();
    expect((await getEvent(t.db, String(base.slug)))?.place).toBe("Doha");
    expect(await statuses(late.changeSetId)).toEqual(["SUBMITTED"]);
    expect((await t.db.schedule.findFirstOrThrow({ where: { changeSetId: late.changeSetId } })).status).toBe("FAILED");
    expect((await listInbox({ db: t.db, actor: a.admin })).items[0]).toMatchObject({
      changeSetId: late.changeSetId,
      message: expect.stringContaining("scheduled publication could not run"),
    });
  });

  it("refuses a publication time already past, or a takedown before the publication, and changes nothing", async () => {
    const saved = await submitted("badly-timed");
    const before = await snapshot(t.db);
    const past = await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: saved.changeSetId, publishAt: new Date(Date.now() - 60_000) }, policy: STRICT }).catch(
      (e: unknown) => e,
    );
    expect((past as ValidationError).fieldErrors).toEqual({ publishAt: ["The time to publish has already passed."] });
    const publishAt = new Date(Date.now() + 3_600_000);
    const backwards = await approveChangeSet({
      db: t.db,
      actor: a.admin,
      input: { changeSetId: saved.changeSetId, publishAt, unpublishAt: new Date(publishAt.getTime() - 60_000) },
      policy: STRICT,
    }).catch((e: unknown) => e);
    expect((backwards as ValidationError).fieldErrors).toEqual({ unpublishAt: ["Take it down after it is published."] });
    expect(await snapshot(t.db)).toEqual(before);
    expect(await t.db.schedule.count({ where: { changeSetId: saved.changeSetId } })).toBe(0);
  });
});
