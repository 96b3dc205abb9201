"use server";

import { revalidatePath } from "next/cache";

import { getSession } from "@atlas/auth";
import { processRevalidationJobs, retryRevalidationJob } from "@atlas/core";

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
