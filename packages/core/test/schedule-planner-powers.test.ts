import { setTimeout as sleep } from "node:timers/promises";

import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { ForbiddenError } from "../src/errors.ts";
import { listInbox } from "../src/inbox/list-inbox.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { getEvent } from "../src/public/events.ts";
import { cancelSchedule } from "../src/schedules/cancel-schedule.ts";
import { listSchedules } from "../src/schedules/list-schedules.ts";
import { takeOverSchedule } from "../src/schedules/take-over-schedule.ts";
import { bootstrapUser } from "../src/users/bootstrap-user.ts";
import { setUserActive } from "../src/users/update-user.ts";
import { makeActors } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };
const soon = (ms = 1500) => new Date(Date.now() + ms);
const until = async (time: Date) => sleep(Math.max(0, time.getTime() - Date.now() + 100));

describe("a scheduled change runs with the powers its planner has when it runs", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const runDueJobs = () => drainJobs({ url: t.url, db: t.db });
  let n = 0;
  /** Another admin, made for one test (so that demoting them leaves the others). */
  const newAdmin = async (): Promise<Actor> => {
    const key = `planner${++n}`;
    const u = await bootstrapUser({ db: t.db, input: { email: `${key}@atlas.test`, name: `Planner ${n}`, role: "ADMIN", password: "correct horse battery" }, via: "test" });
    return { id: u.id, email: u.email, name: `Planner ${n}`, role: "ADMIN" };
  };
  /** An event an editor wrote and submitted, approved by `planner` right away, to be published `delay` ms later (a slow run cannot let the time pass first). */
  const planned = async (planner: Actor, slug: string, delay = 1500) => {
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        payload: {
          slug,
          title: `Event ${slug}`,
          description: "A test event.",
          type: "AGREEMENT",
          start: "2025-03",
          countryIds: ["country_qatar"],
          citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
        },
      },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    const publishAt = soon(delay);
    await approveChangeSet({ db: t.db, actor: planner, input: { changeSetId: saved.changeSetId, publishAt }, policy: STRICT });
    const schedule = await t.db.schedule.findFirstOrThrow({ where: { changeSetId: saved.changeSetId } });
    return { ...saved, scheduleId: schedule.id, publishAt };
  };
  const scheduleOf = (id: string) => t.db.schedule.findUniqueOrThrow({ where: { id } });
  const approvalsBy = (actorId: string) => t.db.auditLog.count({ where: { actorId, action: "revision.approve" } });

  it("does not publish what an admin planned once they were made an editor (from the command line): it is held for review and every admin is told", async () => {
    const planner = await newAdmin();
    const set = await planned(planner, "planned-then-demoted");
    const { publishAt } = set;
    // `pnpm user:create` on an existing account resets its role: a demotion no page sees.
    await bootstrapUser({ db: t.db, input: { email: planner.email, name: planner.name, role: "EDITOR", password: "correct horse battery" }, via: "cli" });

    await until(publishAt);
    await runDueJobs();
    expect(await getEvent(t.db, "planned-then-demoted")).toBeNull();
    expect(await approvalsBy(planner.id)).toBe(0);
    expect(await scheduleOf(set.scheduleId)).toMatchObject({ status: "NEEDS_REVIEW", lastError: `Not run: ${planner.name}, who planned it, is no longer an admin.` });
    const held = (await listSchedules({ db: t.db, actor: a.admin })).find((s) => s.id === set.scheduleId);
    expect(held).toMatchObject({ status: "NEEDS_REVIEW", labels: ["Event planned-then-demoted"], by: planner.name });
    for (const admin of [a.admin, a.admin2]) {
      const told = (await listInbox({ db: t.db, actor: admin })).items.find((i) => i.changeSetId === set.changeSetId);
      expect(told).toMatchObject({
        kind: "SCHEDULE_HELD",
        message: expect.stringMatching(/scheduled publication of “Event planned-then-demoted” did not run: .* is no longer an admin/),
      });
    }
    expect(await t.db.notification.count({ where: { userId: planner.id, kind: "SCHEDULE_HELD" } })).toBe(0);
    // Run again (a job may run twice): still nothing.
    await runDueJobs();
    expect(await getEvent(t.db, "planned-then-demoted")).toBeNull();
  });

  it("does not publish what an admin approved for later while they were being deactivated, and another admin can take it over: it runs at once, as them", async () => {
    const planner = await newAdmin();
    // The approval was already under way (its session read) when another admin deactivated them.
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: planner.id, active: false } });
    const set = await planned(planner, "planned-while-deactivated");
    const { publishAt } = set;

    await until(publishAt);
    await runDueJobs();
    expect(await getEvent(t.db, "planned-while-deactivated")).toBeNull();
    expect(await scheduleOf(set.scheduleId)).toMatchObject({ status: "NEEDS_REVIEW", lastError: expect.stringContaining("was deactivated") });
    expect((await listInbox({ db: t.db, actor: a.admin2 })).items.find((i) => i.changeSetId === set.changeSetId)?.kind).toBe("SCHEDULE_HELD");

    await takeOverSchedule({ db: t.db, actor: a.admin2, input: { scheduleId: set.scheduleId }, policy: STRICT });
    await runDueJobs();
    expect(await getEvent(t.db, "planned-while-deactivated")).not.toBeNull();
    expect(await scheduleOf(set.scheduleId)).toMatchObject({ status: "DONE", createdById: a.admin2.id });
    expect(await approvalsBy(planner.id)).toBe(0);
    const approval = await t.db.auditLog.findFirstOrThrow({ where: { action: "revision.approve", targetId: set.revisionId } });
    expect(approval.actorId).toBe(a.admin2.id);
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: set.revisionId } })).reviewerId).toBe(a.admin2.id);
  });

  it("lets an admin cancel a held publication: nothing is published and the change set waits for review again", async () => {
    const planner = await newAdmin();
    const set = await planned(planner, "held-then-cancelled");
    const { publishAt } = set;
    await bootstrapUser({ db: t.db, input: { email: planner.email, name: planner.name, role: "EDITOR", password: "correct horse battery" }, via: "cli" });
    await until(publishAt);
    await runDueJobs();

    await cancelSchedule({ db: t.db, actor: a.admin, input: { scheduleId: set.scheduleId } });
    await runDueJobs();
    expect(await getEvent(t.db, "held-then-cancelled")).toBeNull();
    expect((await scheduleOf(set.scheduleId)).status).toBe("CANCELLED");
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: set.revisionId } })).status).toBe("SUBMITTED");
    expect((await listSchedules({ db: t.db, actor: a.admin })).map((s) => s.id)).not.toContain(set.scheduleId);
  });

  it("refuses to let an admin take over the publication of their own work, and changes nothing", async () => {
    const planner = await newAdmin();
    const own = await saveDraft({
      db: t.db,
      actor: a.admin2,
      input: { kind: "COUNTRY", payload: { slug: "own-land", name: "Own Land", region: "Asia" } },
    });
    await submitRevision({ db: t.db, actor: a.admin2, input: own });
    const publishAt = soon(60_000);
    await approveChangeSet({ db: t.db, actor: planner, input: { changeSetId: own.changeSetId, publishAt }, policy: STRICT });
    const schedule = await t.db.schedule.findFirstOrThrow({ where: { changeSetId: own.changeSetId } });

    await expect(takeOverSchedule({ db: t.db, actor: a.admin2, input: { scheduleId: schedule.id }, policy: STRICT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await scheduleOf(schedule.id)).toMatchObject({ status: "PENDING", createdById: planner.id });
    await expect(takeOverSchedule({ db: t.db, actor: a.editor, input: { scheduleId: schedule.id }, policy: STRICT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await scheduleOf(schedule.id)).toMatchObject({ status: "PENDING", createdById: planner.id });
  });
});
