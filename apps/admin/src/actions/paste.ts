"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { buildChangeSet, ZBuildChangeSet } from "@atlas/core";

import { formOf } from "@/lib/form-input";
import { action } from "@/lib/safe-action";

/** Paste → a change set of drafts: the event, and what it names that the atlas lacks (a country, a person, a source quoting the sentence). */
export const pasteAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZBuildChangeSet))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { changeSetId } = await buildChangeSet({ ...ctx, input: parsedInput });
    revalidatePath("/");
    redirect(`/change-sets/${changeSetId}?done=built`);
  });
