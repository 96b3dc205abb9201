import { setTimeout as sleep } from "node:timers/promises";

import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { ForbiddenError, ValidationError } from "../src/errors.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { getEvent } from "../src/public/events.ts";
import { bootstrapUser } from "../src/users/bootstrap-user.ts";
import { listUsers, setUserActive, updateUser } from "../src/users/update-user.ts";
import { makeActors, snapshot } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };
const soon = (ms = 1500) => new Date(Date.now() + ms);
const until = async (time: Date) => sleep(Math.max(0, time.getTime() - Date.now() + 100));

describe("demoting or deactivating an admin who planned changes", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const runDueJobs = () => drainJobs({ url: t.url, db: t.db });
  let n = 0;
  const newAdmin = async (): Promise<Actor> => {
    const key = `planner${++n}`;
    const u = await bootstrapUser({ db: t.db, input: { email: `${key}@atlas.test`, name: `Planner ${n}`, role: "ADMIN", password: "correct horse battery" }, via: "test" });
    return { id: u.id, email: u.email, name: `Planner ${n}`, role: "ADMIN" };
  };
  /** An event an editor wrote and submitted, approved by `planner` right away, to be published `delay` ms later (a slow run cannot let the time pass first). */
  const planned = async (planner: Actor, slug: string, delay = 1500, author: Actor = a.editor) => {
    const saved = await saveDraft({
      db: t.db,
      actor: author,
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
    await submitRevision({ db: t.db, actor: author, input: saved });
    const publishAt = soon(delay);
    await approveChangeSet({ db: t.db, actor: planner, input: { changeSetId: saved.changeSetId, publishAt }, policy: STRICT });
    return { ...saved, scheduleId: (await t.db.schedule.findFirstOrThrow({ where: { changeSetId: saved.changeSetId } })).id, publishAt };
  };
  const scheduleOf = (id: string) => t.db.schedule.findUniqueOrThrow({ where: { id } });
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => null,
      (e: unknown) => e,
    );

  it("lists the admin's pending schedules on the users page", async () => {
    const planner = await newAdmin();
    const set = await planned(planner, "listed-with-its-planner", 3_600_000);
    const row = (await listUsers({ db: t.db, actor: a.admin })).find((u) => u.id === planner.id)!;
    expect(row.schedules).toEqual([expect.objectContaining({ id: set.scheduleId, action: "PUBLISH", status: "PENDING", labels: ["Event listed-with-its-planner"] })]);
    expect((await listUsers({ db: t.db, actor: a.admin })).find((u) => u.id === a.admin2.id)!.schedules).toEqual([]);
  });

  it("asks what becomes of them before an admin with pending schedules is made an editor, naming each, and changes nothing until told", async () => {
    const planner = await newAdmin();
    await planned(planner, "asked-about-1", 3_600_000);
    await planned(planner, "asked-about-2", 7_200_000);
    const before = await snapshot(t.db);
    const asked = await refusal(updateUser({ db: t.db, actor: a.admin, input: { userId: planner.id, role: "EDITOR" }, policy: STRICT }));
    expect(asked).toBeInstanceOf(ValidationError);
    expect((asked as ValidationError).fieldErrors.schedules![0]).toMatch(
      /^Planner \d+ planned 2 changes that would run with their powers: publish “Event asked-about-1” at .* UTC; publish “Event asked-about-2” at .* UTC\. Take them over or cancel them\.$/,
    );
    const deactivating = await refusal(setUserActive({ db: t.db, actor: a.admin, input: { userId: planner.id, active: false }, policy: STRICT }));
    expect((deactivating as ValidationError).fieldErrors.schedules).toHaveLength(1);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("makes an admin an editor and hands their pending publication to the admin doing it, in one step: it runs as that admin", async () => {
    const planner = await newAdmin();
    const set = await planned(planner, "handed-over-on-demotion");
    const { publishAt } = set;
    await updateUser({ db: t.db, actor: a.admin2, input: { userId: planner.id, role: "EDITOR", schedules: "TAKE_OVER" }, policy: STRICT });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: planner.id } })).role).toBe("EDITOR");
    expect(await scheduleOf(set.scheduleId)).toMatchObject({ status: "PENDING", createdById: a.admin2.id });

    await until(publishAt);
    await runDueJobs();
    expect(await getEvent(t.db, "handed-over-on-demotion")).not.toBeNull();
    expect((await t.db.auditLog.findFirstOrThrow({ where: { action: "revision.approve", targetId: set.revisionId } })).actorId).toBe(a.admin2.id);
  });

  it("deactivates an admin and cancels their pending publication, in one step: nothing is published and the set waits for review", async () => {
    const planner = await newAdmin();
    const set = await planned(planner, "cancelled-on-deactivation");
    const { publishAt } = set;
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: planner.id, active: false, schedules: "CANCEL" }, policy: STRICT });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: planner.id } })).active).toBe(false);
    expect((await scheduleOf(set.scheduleId)).status).toBe("CANCELLED");
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: set.revisionId } })).status).toBe("SUBMITTED");

    await until(publishAt);
    await runDueJobs();
    expect(await getEvent(t.db, "cancelled-on-deactivation")).toBeNull();
  });

  it("deactivates an admin and hands over their pending publication", async () => {
    const planner = await newAdmin();
    const set = await planned(planner, "handed-over-on-deactivation", 3_600_000);
    await setUserActive({ db: t.db, actor: a.admin, input: { userId: planner.id, active: false, schedules: "TAKE_OVER" }, policy: STRICT });
    expect(await scheduleOf(set.scheduleId)).toMatchObject({ status: "PENDING", createdById: a.admin.id });
  });

  it("refuses to hand an admin their own work to publish, and leaves the demotion undone", async () => {
    const planner = await newAdmin();
    const set = await planned(planner, "written-by-the-demoter", 3_600_000, a.admin2);
    const before = await snapshot(t.db);
    const refused = await refusal(updateUser({ db: t.db, actor: a.admin2, input: { userId: planner.id, role: "EDITOR", schedules: "TAKE_OVER" }, policy: STRICT }));
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await scheduleOf(set.scheduleId)).toMatchObject({ status: "PENDING", createdById: planner.id });
  });

  it("demotes an admin with no schedules without asking anything", async () => {
    const planner = await newAdmin();
    await updateUser({ db: t.db, actor: a.admin, input: { userId: planner.id, role: "EDITOR" }, policy: STRICT });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: planner.id } })).role).toBe("EDITOR");
  });
});
