"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { closeReport, startChangeSetFromReport, ZCloseReport, ZReportRef } from "@atlas/core";

import { formOf } from "@/lib/form-input";
import { action } from "@/lib/safe-action";

/** Turns a reader's correction into a draft of its entry, in a change set quoting the reader. */
export const startChangeSetFromReportAction = action
  .metadata({ permission: "report.handle" })
  .inputSchema(formOf(ZReportRef))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { revisionId } = await startChangeSetFromReport({ ...ctx, input: parsedInput });
    revalidatePath("/", "layout");
    redirect(`/revisions/${revisionId}/edit`);
  });

/** Closes a reader's correction with a reply (e-mailed to them when they left an address). */
export const closeReportAction = action
  .metadata({ permission: "report.handle" })
  .inputSchema(formOf(ZCloseReport))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { emailed } = await closeReport({ ...ctx, input: parsedInput });
    revalidatePath("/", "layout");
    return { message: emailed ? "Closed: the reply goes to the reader by e-mail." : "Closed with your reply (the reader left no address to send it to)." };
  });
