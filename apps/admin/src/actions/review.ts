"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { approveRevision, processRevalidationJobs, rejectRevision, ZReviewDecision, ZRevisionRef } from "@atlas/core";

import { formOf } from "@/lib/form-input";
import { sendToPublicSite } from "@/lib/revalidation-sender";
import { action } from "@/lib/safe-action";

/** Publishes a submitted revision, then tells the public site at once which pages changed. */
export const approveAction = action
  .metadata({ permission: "revision.approve" })
  .inputSchema(formOf(ZRevisionRef))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { jobId } = await approveRevision({ ...ctx, input: parsedInput });
    // After the commit: a failure here is recorded on the job, retried in the background and shown on the dashboard.
    const { failed } = await processRevalidationJobs({ db: ctx.db, send: sendToPublicSite, ids: [jobId] });
    revalidatePath("/", "layout");
    redirect(`/review?published=${failed ? "pending" : "1"}`);
  });

/** Sends a revision back: for changes (the author can revise it) or rejected for good. */
export const rejectAction = action
  .metadata({ permission: "revision.reject" })
  .inputSchema(formOf(ZReviewDecision.extend({ decision: z.enum(["changes", "reject"], { error: "Choose what to do with it." }) })))
  .stateAction(async ({ parsedInput: { decision, ...input }, ctx }) => {
    await rejectRevision({ ...ctx, input, final: decision === "reject" });
    revalidatePath("/", "layout");
    redirect("/review?returned=1");
  });
