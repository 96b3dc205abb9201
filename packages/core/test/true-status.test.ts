import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { getChangeSet } from "../src/change-sets/get-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { getDashboard } from "../src/dashboard/get-dashboard.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { NotFoundError } from "../src/errors.ts";
import { getEntryHistory } from "../src/history/get-entry-history.ts";
import { countUnread, listInbox } from "../src/inbox/list-inbox.ts";
import { openNotification } from "../src/inbox/open-notification.ts";
import { getRevision } from "../src/review/get-revision.ts";
import { runSchedule } from "../src/schedules/run-schedule.ts";
import { makeActors } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };

// Issue 21: "After a scheduled take-down both dashboards still say 'Published'"; "opening an item
// does not mark it read"; "and 3 other entries was approved".
describe("what the admin app says is what is true now", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  let n = 0;
  const event = (slug: string) => ({
    slug,
    title: `Event ${slug}`,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2024",
    countryIds: ["country_qatar"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });
  /** A change set of one event and `more` countries, submitted. */
  const submitted = async (more = 0) => {
    const first = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: event(`status-${++n}`) } });
    for (let i = 0; i < more; i++)
      await saveDraft({
        db: t.db,
        actor: a.editor,
        input: { kind: "COUNTRY", changeSetId: first.changeSetId, payload: { slug: `statusland-${n}-${i}`, name: `Statusland ${n}-${i}`, region: "Asia" } },
      });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: first.changeSetId } });
    return first;
  };
  const mySubmission = async (revisionId: string) => (await getDashboard({ db: t.db, actor: a.editor })).submissions.find((r) => r.id === revisionId)?.state;

  it("shows a publication scheduled, then published with its takedown coming, then taken down, on the dashboard, the entry's history, the revision and its change set", async () => {
    const saved = await submitted();
    const publishAt = new Date(Date.now() + 86_400_000);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: saved.changeSetId, publishAt }, policy: STRICT });
    expect(await mySubmission(saved.revisionId)).toEqual({ key: "scheduled", label: expect.stringMatching(/^Scheduled for \d{1,2} [A-Z][a-z]{2}( \d{4})? \d\d:\d\d UTC$/) });

    // Its time comes (the job queue runs it), with a takedown planned later still.
    await t.db.schedule.updateMany({ where: { changeSetId: saved.changeSetId }, data: { runAt: new Date() } });
    const publication = await t.db.schedule.findFirstOrThrow({ where: { changeSetId: saved.changeSetId, action: "PUBLISH" } });
    await runSchedule(t.db, publication.id);
    const takedown = await t.db.schedule.create({
      data: { action: "UNPUBLISH", changeSetId: saved.changeSetId, runAt: new Date(Date.now() + 3_600_000), createdById: a.admin.id },
    });
    expect(await mySubmission(saved.revisionId)).toEqual({ key: "comes-down", label: expect.stringMatching(/^Published; comes down .* UTC$/) });

    await t.db.schedule.update({ where: { id: takedown.id }, data: { runAt: new Date() } });
    await runSchedule(t.db, takedown.id);
    const takenDown = { key: "taken-down", label: "Taken down" };
    expect(await mySubmission(saved.revisionId)).toEqual(takenDown);
    expect((await getRevision({ db: t.db, actor: a.editor, input: { revisionId: saved.revisionId } })).state).toEqual(takenDown);
    expect((await getChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: saved.changeSetId } })).entries[0]!.state).toEqual(takenDown);
    const history = await getEntryHistory({ db: t.db, actor: a.admin, input: { entryId: saved.entryId } });
    expect(history.revisions.map((r) => r.state.label)).toEqual(["Taken down", "Taken down"]);
    expect(history.entry.status).toBe("UNPUBLISHED");
  });

  it("says a published revision was replaced once a newer version is out", async () => {
    const first = await submitted();
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: first.changeSetId }, policy: STRICT });
    expect(await mySubmission(first.revisionId)).toEqual({ key: "published", label: "Published" });
    const edit = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: first.entryId, payload: { ...event(`status-${n}`), description: "Edited." } } });
    await submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: edit.changeSetId } });
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: edit.changeSetId }, policy: STRICT });
    expect(await mySubmission(first.revisionId)).toEqual({ key: "replaced", label: "Replaced by version 2" });
    expect(await mySubmission(edit.revisionId)).toEqual({ key: "published", label: "Published" });
  });

  it("tells the author in the right number, and opening the notification marks it read and leads to its change set", async () => {
    const one = await submitted();
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: one.changeSetId }, policy: STRICT });
    const four = await submitted(3);
    await approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: four.changeSetId }, policy: STRICT });
    const { items } = await listInbox({ db: t.db, actor: a.editor });
    expect(items.slice(0, 2).map((i) => i.message)).toEqual([
      `“Event status-${n}” and 3 other entries were approved and published.`,
      `“Event status-${n - 1}” was approved and published.`,
    ]);

    const unread = await countUnread({ db: t.db, actor: a.editor });
    expect(await openNotification({ db: t.db, actor: a.editor, input: { notificationId: items[0]!.id } })).toEqual({ href: `/change-sets/${four.changeSetId}` });
    expect(await countUnread({ db: t.db, actor: a.editor })).toBe(unread - 1);
    // Opening it again changes nothing; someone else's does not exist for them.
    await openNotification({ db: t.db, actor: a.editor, input: { notificationId: items[0]!.id } });
    expect(await countUnread({ db: t.db, actor: a.editor })).toBe(unread - 1);
    await expect(openNotification({ db: t.db, actor: a.editor2, input: { notificationId: items[1]!.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listInbox({ db: t.db, actor: a.editor })).items[1]!.readAt).toBeNull();
  });
});
