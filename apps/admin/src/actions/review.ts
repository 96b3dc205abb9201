"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { getSession } from "@atlas/auth";
import { approveRevision, processRevalidationJobs, rejectRevision } from "@atlas/core";

import { toActionState } from "@/lib/action-result";
import type { ActionState } from "@/lib/action-state";
import { sendToPublicSite } from "@/lib/revalidation-sender";
import { db } from "@/lib/session";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Publishes a submitted revision, then tells the public site at once which pages changed. */
export async function approveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let jobId: string;
  try {
    ({ jobId } = await approveRevision({ db: db(), actor: await getSession(), input: { revisionId: text(form, "revisionId") } }));
  } catch (error) {
    return toActionState(error);
  }
  // After the commit: a failure here is recorded on the job, retried in the background and shown on the dashboard.
  const { failed } = await processRevalidationJobs({ db: db(), send: sendToPublicSite, ids: [jobId] });
  revalidatePath("/", "layout");
  redirect(`/review?published=${failed ? "pending" : "1"}`);
}

/** Sends a revision back: for changes (the author can revise it) or rejected for good. */
export async function rejectAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await rejectRevision({
      db: db(),
      actor: await getSession(),
      input: { revisionId: text(form, "revisionId"), comment: text(form, "comment") },
      final: text(form, "decision") === "reject",
    });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/", "layout");
  redirect("/review?returned=1");
}
