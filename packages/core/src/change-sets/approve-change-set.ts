import { z } from "zod";

import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { corePolicyFromEnv, type CorePolicy } from "../env.ts";
import { ForbiddenError, NotFoundError, parseOrThrow, StateError } from "../errors.ts";
import { notify, notifyWatchers } from "../inbox/notify.ts";
import { enqueueJobs } from "../jobs/enqueue-job.ts";
import { enqueueRevalidation } from "../revalidation/outbox.ts";
import { lockChangeSet } from "./change-set-entries.ts";
import { assertNoConflicts, publishRevisions } from "./publish-revisions.ts";
import { titleOf, wasOrWere } from "./titles.ts";
import { withWhatItNeeds } from "./with-what-it-needs.ts";

const future = (what: string) =>
  z.coerce
    .date({ error: `Give ${what} as a date and time.` })
    .refine((d) => d.getTime() > Date.now(), { error: `The time to ${what} has already passed.` })
    .optional();

export const ZApproveChangeSet = z
  .object({
    changeSetId: z.uuid({ error: "Not a valid change set." }),
    /** Publish at this time instead of now. */
    publishAt: future("publish"),
    /** Take the change set's entries down again at this time. */
    unpublishAt: future("take it down"),
    /** Change sets this one waits for that are approved with it (its review page names them). */
    together: z
      .array(z.uuid({ error: "Not a valid change set." }))
      .max(20)
      .default([]),
  })
  .refine((a) => !a.unpublishAt || !a.publishAt || a.unpublishAt > a.publishAt, { path: ["unpublishAt"], error: "Take it down after it is published." });
export type TApproveChangeSet = z.input<typeof ZApproveChangeSet>;

/**
 * Approves a submitted change set: every entry in it is published in one transaction (all or
 * nothing, entries before what links to them), the pages to refresh are recorded in the same
 * transaction, the author and watchers are told. With `publishAt` it is scheduled instead (the
 * job queue publishes it then); with `unpublishAt` its entries are taken down at that time.
 */
export async function approveChangeSet({ db, actor, input, policy = corePolicyFromEnv() }: { db: Db; actor: Actor | null; input: TApproveChangeSet; policy?: CorePolicy }) {
  assertCan(actor, "revision.approve");
  const { changeSetId, publishAt, unpublishAt, together } = parseOrThrow(ZApproveChangeSet, input);
  return db.$transaction(async (tx) => {
    // Every set that may be published together, locked in one order (no two approvals wait on each other).
    const locked = new Map<string, Awaited<ReturnType<typeof lockChangeSet>>>();
    for (const id of [...new Set([changeSetId, ...together])].sort()) locked.set(id, await lockChangeSet(tx, id));
    const all = locked.get(changeSetId)!;
    const revisions = all.filter((r) => r.status === "SUBMITTED");
    if (!all.length) throw new NotFoundError("That change set does not exist.");
    if (!revisions.length) {
      const states = [...new Set(all.map((r) => r.status.toLowerCase().replace("_", " ")))].join(", ");
      throw new StateError(`Nothing in this change set is waiting for review (it is ${states}): its author may have taken it back, or it was reviewed already.`);
    }
    const sets = await withWhatItNeeds(tx, changeSetId, revisions, { together, publishAt: publishAt ?? null, locked });
    const approved = sets.flatMap((s) => s.revisions);
    for (const r of approved) assertCan(actor, "revision.approve", r);
    if (approved.some((r) => r.authorId === actor.id) && !policy.allowSelfApproval) throw new ForbiddenError("You cannot approve your own revision: another admin must review it.");
    const authorId = revisions[0]!.authorId;
    const labels = approved.map((r) => r.label);
    const title = `${titleOf(labels)} ${wasOrWere(labels)}`;

    if (publishAt) {
      await assertNoConflicts(tx, revisions);
      await scheduleIn(tx, actor, { changeSetId, runAt: publishAt, action: "PUBLISH" });
      await tx.revision.updateMany({ where: { id: { in: revisions.map((r) => r.id) } }, data: { status: "SCHEDULED", reviewerId: actor.id, reviewedAt: new Date() } });
      await tx.changeSet.update({ where: { id: changeSetId }, data: { publishAt } });
      // One takedown for the whole set: its entries come down together, links first.
      if (unpublishAt) await scheduleIn(tx, actor, { changeSetId, runAt: unpublishAt, action: "UNPUBLISH" });
      await writeAudit(tx, {
        actor,
        action: "changeset.schedule",
        targetType: "ChangeSet",
        targetId: changeSetId,
        data: { publishAt: publishAt.toISOString(), unpublishAt: unpublishAt?.toISOString() ?? null },
      });
      if (authorId)
        await notify(tx, [
          { userId: authorId, kind: "SCHEDULED", message: `${title} approved, to be published at ${publishAt.toISOString().slice(0, 16).replace("T", " ")} UTC.`, changeSetId },
        ]);
      return { changeSetId, scheduled: true as const, jobId: null, versions: new Map<string, number>() };
    }

    // Entries before what links to them, across the sets published together.
    const published = await publishRevisions(tx, actor, approved);
    // One takedown for the whole set: its entries come down together, links first.
    if (unpublishAt) await scheduleIn(tx, actor, { changeSetId, runAt: unpublishAt, action: "UNPUBLISH" });
    const jobId = await enqueueRevalidation(tx, { tags: published.tags, reason: `Published ${titleOf(labels)}`, revisionId: revisions[0]!.id });
    for (const s of sets) {
      const others = sets.filter((o) => o !== s).map((o) => o.changeSetId);
      await writeAudit(tx, {
        actor,
        action: "changeset.approve",
        targetType: "ChangeSet",
        targetId: s.changeSetId,
        data: { revisions: s.revisions.length, ...(others.length ? { together: others } : {}) },
      });
    }
    const authors = [...new Set(approved.map((r) => r.authorId).filter((id): id is string => !!id && id !== actor.id))];
    await notify(
      tx,
      authors.map((userId) => ({ userId, kind: "APPROVED" as const, message: `${title} approved and published.`, changeSetId })),
    );
    await notifyWatchers(tx, { entryIds: [...published.entryIds, ...published.countryIds], message: `${title} published.`, changeSetId, except: [actor.id, ...authors, authorId] });
    return { changeSetId, scheduled: false as const, jobId, versions: published.versions };
  });
}

/** Records a planned publication or takedown and queues its run for that time. */
export async function scheduleIn(tx: Tx, actor: Actor, plan: { action: "PUBLISH" | "UNPUBLISH"; runAt: Date; changeSetId?: string; entryId?: string }) {
  const schedule = await tx.schedule.create({
    data: { action: plan.action, runAt: plan.runAt, changeSetId: plan.changeSetId ?? null, entryId: plan.entryId ?? null, createdById: actor.id },
  });
  await enqueueJobs(tx, "schedule.run", [{ scheduleId: schedule.id }], { startAfter: plan.runAt });
  return schedule.id;
}
