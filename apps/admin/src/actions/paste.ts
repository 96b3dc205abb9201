"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { buildChangeSet, readPastedSentence, ZBuildChangeSet, ZCorrections } from "@atlas/core";

import { formOf, jsonField } from "@/lib/form-input";
import { action } from "@/lib/safe-action";

/** The review step: what the sentence is read as, every guess with the words it came from. Saves nothing; a bad source address is said now, not after the review. */
export const readSentenceAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZBuildChangeSet.omit({ corrections: true })))
  .stateAction(async ({ parsedInput, ctx }) => ({ text: parsedInput.text, reading: await readPastedSentence({ ...ctx, input: parsedInput }) }));

/** Paste → a change set of drafts: what the editor kept of the reading, with their corrections. */
export const pasteAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZBuildChangeSet.extend({ corrections: jsonField.pipe(ZCorrections).optional() })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { changeSetId } = await buildChangeSet({ ...ctx, input: parsedInput });
    revalidatePath("/");
    redirect(`/change-sets/${changeSetId}?done=built`);
  });
