"use server";

import { revalidatePath } from "next/cache";

import { getSession } from "@atlas/auth";
import { processRevalidationJobs, retryRevalidationJob } from "@atlas/core";
import { retryFailedJob } from "@atlas/core/jobs";

import { toActionState } from "@/lib/action-result";
import { sendToPublicSite } from "@/lib/revalidation-sender";
import { db } from "@/lib/session";

/** Admin: send a failed page refresh again, now. */
export async function retryJobAction(form: FormData): Promise<void> {
  try {
    const actor = await getSession();
    const { jobId } = await retryRevalidationJob({ db: db(), actor, input: { jobId: String(form.get("jobId") ?? "") } });
    await processRevalidationJobs({ db: db(), send: sendToPublicSite, ids: [jobId] });
  } catch (error) {
    toActionState(error);
  }
  revalidatePath("/");
}

/** Admin: run a background job that ran out of retries once more. */
export async function retryBackgroundJobAction(form: FormData): Promise<void> {
  try {
    await retryFailedJob({ db: db(), actor: await getSession(), input: { name: String(form.get("name") ?? "") as never, jobId: String(form.get("jobId") ?? "") } });
  } catch (error) {
    toActionState(error);
  }
  revalidatePath("/");
}
