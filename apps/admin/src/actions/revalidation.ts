"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { processRevalidationJobs, retryRevalidationJob } from "@atlas/core";
import { retryFailedJob, ZRetryJob } from "@atlas/core/jobs";

import { formOf } from "@/lib/form-input";
import { sendToPublicSite } from "@/lib/revalidation-sender";
import { action } from "@/lib/safe-action";

/** Admin: send a failed page refresh again, now. */
export const retryJobAction = action
  .metadata({ permission: "jobs.manage" })
  .inputSchema(formOf(z.object({ jobId: z.string() })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { jobId } = await retryRevalidationJob({ ...ctx, input: parsedInput });
    const { failed } = await processRevalidationJobs({ db: ctx.db, send: sendToPublicSite, ids: [jobId] });
    revalidatePath("/");
    return { message: failed ? "Sent again; the public site still did not answer. It will be retried." : "The public pages were refreshed." };
  });

/** Admin: run a background job that ran out of retries once more. */
export const retryBackgroundJobAction = action
  .metadata({ permission: "jobs.manage" })
  .inputSchema(formOf(ZRetryJob))
  .stateAction(async ({ parsedInput, ctx }) => {
    await retryFailedJob({ ...ctx, input: parsedInput });
    revalidatePath("/");
    return { message: "Queued again: the worker will run it in a moment." };
  });
