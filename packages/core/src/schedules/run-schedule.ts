import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import { lockChangeSet } from "../change-sets/change-set-entries.ts";
import { publishRevisions } from "../change-sets/publish-revisions.ts";
import { titleOf, wasOrWere } from "../change-sets/titles.ts";
import { DomainError } from "../errors.ts";
import { notify, notifyWatchers } from "../inbox/notify.ts";
import { enqueueRevalidation, processRevalidationJobs, type RevalidationSender } from "../revalidation/outbox.ts";
import { holdSchedule, plannerNow } from "./hold-schedule.ts";

/**
 * Job: runs a scheduled publication or takedown when its time has come, as the admin who planned
 * it, in one transaction — if they still are an active admin then; if not, it is held for
 * another admin (see holdSchedule). A cancelled or finished schedule is left alone (a job may run twice).
 * When it cannot run (the entry was published again meanwhile, something still uses what is to
 * be taken down) the schedule is marked failed, its change set goes back to the review queue and
 * the admin is told. With `send`, the public site is told at once which pages changed.
 */
export async function runSchedule(db: Db, scheduleId: string, send?: RevalidationSender): Promise<void> {
  let jobId: string | null;
  try {
    jobId = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Schedule" WHERE "id" = ${scheduleId} FOR UPDATE`;
      const schedule = await tx.schedule.findUnique({ where: { id: scheduleId } });
      if (!schedule || schedule.status !== "PENDING") return null;
      const { actor, planner } = await plannerNow(tx, schedule.createdById);
      if (!actor) {
        await holdSchedule(tx, scheduleId, planner);
        return null;
      }
      let revisions: Awaited<ReturnType<typeof lockChangeSet>>;
      if (schedule.action === "PUBLISH") {
        revisions = (await lockChangeSet(tx, schedule.changeSetId!)).filter((r) => r.status === "SCHEDULED");
      } else {
        // A takedown of one entry, or of every entry a change set published that is still public.
        const entryIds = schedule.entryId
          ? [schedule.entryId]
          : (await tx.revision.findMany({ where: { changeSetId: schedule.changeSetId!, status: "PUBLISHED", action: "UPSERT" }, select: { entryId: true } })).map((r) => r.entryId);
        const entries = await tx.entry.findMany({ where: { id: { in: entryIds }, status: "PUBLISHED" } });
        revisions = [];
        if (entries.length) {
          const changeSet = await tx.changeSet.create({ data: { authorId: actor.id }, select: { id: true } });
          for (const entry of entries)
            revisions.push(
              await tx.revision.create({
                data: {
                  changeSetId: changeSet.id,
                  entryId: entry.id,
                  kind: entry.kind,
                  action: "UNPUBLISH",
                  label: entry.label,
                  baseVersion: entry.version,
                  authorId: actor.id,
                  status: "SUBMITTED",
                  submittedAt: new Date(),
                  message: "Scheduled takedown",
                },
                include: { entry: true },
              }),
            );
        }
      }
      let job: string | null = null;
      if (revisions.length) {
        const published = await publishRevisions(tx, actor, revisions, { scheduleId });
        const labels = revisions.map((r) => r.label);
        const what = `${titleOf(labels)} ${wasOrWere(labels)}`;
        const done = schedule.action === "PUBLISH" ? "published as scheduled" : "taken down as scheduled";
        job = await enqueueRevalidation(tx, { tags: published.tags, reason: `${titleOf(labels)} ${done}`, revisionId: revisions[0]!.id });
        const authorId = revisions[0]!.authorId;
        if (schedule.action === "PUBLISH" && authorId) await notify(tx, [{ userId: authorId, kind: "APPROVED", message: `${what} ${done}.`, changeSetId: schedule.changeSetId }]);
        await notifyWatchers(tx, { entryIds: [...published.entryIds, ...published.countryIds], message: `${what} ${done}.`, except: [authorId, actor.id] });
      }
      await tx.schedule.update({ where: { id: scheduleId }, data: { status: "DONE", doneAt: new Date() } });
      await writeAudit(tx, { actor, action: "schedule.run", targetType: "Schedule", targetId: scheduleId, data: { action: schedule.action, entries: revisions.length } });
      return job;
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error; // the database is away: the job is retried
    await failSchedule(db, scheduleId, error.message);
    return;
  }
  if (jobId && send) await processRevalidationJobs({ db, send, ids: [jobId] });
}

async function failSchedule(db: Db, scheduleId: string, reason: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const schedule = await tx.schedule.update({ where: { id: scheduleId }, data: { status: "FAILED", lastError: reason, doneAt: new Date() } });
    if (schedule.changeSetId && schedule.action === "PUBLISH") {
      await tx.revision.updateMany({ where: { changeSetId: schedule.changeSetId, status: "SCHEDULED" }, data: { status: "SUBMITTED" } });
      // What was to come down after it has nothing to take down any more.
      await tx.schedule.updateMany({ where: { changeSetId: schedule.changeSetId, action: "UNPUBLISH", status: "PENDING" }, data: { status: "CANCELLED", doneAt: new Date() } });
    }
    await writeAudit(tx, { actor: null, action: "schedule.failed", targetType: "Schedule", targetId: scheduleId, data: { reason } });
    await notify(tx, [
      {
        userId: schedule.createdById,
        kind: "CHANGES_REQUESTED",
        message: `A ${schedule.action === "PUBLISH" ? "scheduled publication" : "scheduled takedown"} could not run: ${reason}`,
        changeSetId: schedule.changeSetId,
        entryId: schedule.entryId,
      },
    ]);
  });
}
