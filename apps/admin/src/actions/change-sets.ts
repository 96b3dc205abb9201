"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import {
  approveChangeSet,
  cancelSchedule,
  mergeChangeSets,
  moveToChangeSet,
  processRevalidationJobs,
  returnChangeSet,
  submitChangeSet,
  takeOverSchedule,
  ZChangeSetRef,
  ZMergeChangeSets,
  ZMoveToChangeSet,
  ZScheduleRef,
} from "@atlas/core";

import { formOf } from "@/lib/form-input";
import { sendToPublicSite } from "@/lib/revalidation-sender";
import { action } from "@/lib/safe-action";

/** The author sends the whole change set to review, once. */
export const submitChangeSetAction = action
  .metadata({ permission: "revision.submit" })
  .inputSchema(formOf(ZChangeSetRef))
  .stateAction(async ({ parsedInput, ctx }) => {
    await submitChangeSet({ ...ctx, input: parsedInput });
    revalidatePath("/", "layout");
    redirect(`/change-sets/${parsedInput.changeSetId}?done=submitted`);
  });

// A datetime-local input has no zone: the form says UTC, and it is read as UTC.
const utc = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Give a date and a time." })
  .transform((v) => new Date(`${v}:00Z`))
  .optional();

/** The change sets approved with this one (those it waits for, named on its page), comma-separated. */
const together = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(",") : []));

/** Publishes the change set now (or at a time), optionally taking it down later. */
export const approveChangeSetAction = action
  .metadata({ permission: "revision.approve" })
  .inputSchema(formOf(ZChangeSetRef.extend({ publishAt: utc, unpublishAt: utc, together })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const approved = await approveChangeSet({ ...ctx, input: parsedInput });
    // After the commit: a failure here is recorded on the job, retried in the background and shown on the dashboard.
    const failed = approved.jobId ? (await processRevalidationJobs({ db: ctx.db, send: sendToPublicSite, ids: [approved.jobId] })).failed : 0;
    revalidatePath("/", "layout");
    redirect(`/review?published=${approved.scheduled ? "scheduled" : failed ? "pending" : "1"}`);
  });

/** Sends the change set back with a comment on each entry the reviewer names (fields `comment:<revisionId>` and `decision:<revisionId>`). */
export const returnChangeSetAction = action
  .metadata({ permission: "revision.reject" })
  .inputSchema(
    z.instanceof(FormData).transform((form) => ({
      changeSetId: String(form.get("changeSetId") ?? ""),
      decisions: [...form.keys()]
        .filter((k) => k.startsWith("comment:") && String(form.get(k)).trim())
        .map((k) => {
          const revisionId = k.slice("comment:".length);
          return { revisionId, comment: String(form.get(k)), decision: form.get(`decision:${revisionId}`) === "reject" ? ("reject" as const) : ("changes" as const) };
        }),
    })),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    await returnChangeSet({ ...ctx, input: parsedInput });
    revalidatePath("/", "layout");
    redirect("/review?returned=1");
  });

/** Cancels a planned publication or takedown. */
export const cancelScheduleAction = action
  .metadata({ permission: "schedule.manage" })
  .inputSchema(formOf(ZScheduleRef))
  .stateAction(async ({ parsedInput, ctx }) => {
    await cancelSchedule({ ...ctx, input: parsedInput });
    revalidatePath("/");
    return { message: "Cancelled: it will not run." };
  });

/** Takes over a planned publication or takedown (one held because its planner lost their powers, say): it runs as the admin who takes it. */
export const takeOverScheduleAction = action
  .metadata({ permission: "schedule.manage" })
  .inputSchema(formOf(ZScheduleRef))
  .stateAction(async ({ parsedInput, ctx }) => {
    await takeOverSchedule({ ...ctx, input: parsedInput });
    revalidatePath("/");
    return { message: "Taken over: it runs as you, at its time (at once if that has passed)." };
  });

/** Moves one's draft into another of one's change sets, or into a new one (no change set named). */
export const moveToChangeSetAction = action
  .metadata({ permission: "revision.move" })
  .inputSchema(formOf(ZMoveToChangeSet))
  .stateAction(async ({ parsedInput, ctx }) => {
    const moved = await moveToChangeSet({ ...ctx, input: parsedInput });
    revalidatePath("/", "layout");
    redirect(`/change-sets/${moved.removed ? moved.changeSetId : moved.from}?done=moved`);
  });

/** Merges one's change set into another of one's own. */
export const mergeChangeSetsAction = action
  .metadata({ permission: "revision.move" })
  .inputSchema(formOf(ZMergeChangeSets))
  .stateAction(async ({ parsedInput, ctx }) => {
    const merged = await mergeChangeSets({ ...ctx, input: parsedInput });
    revalidatePath("/", "layout");
    redirect(`/change-sets/${merged.changeSetId}?done=merged`);
  });
