"use server";

import { labelsForPayload, prefillEventDraft, ZPasteSentence } from "@atlas/core";

import { formOf } from "@/lib/form-input";
import { action } from "@/lib/safe-action";

/** Turns a pasted sentence into a prefilled event form; nothing is saved. */
export const pasteAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZPasteSentence))
  .stateAction(async ({ parsedInput, ctx }) => {
    const draft = await prefillEventDraft({ ...ctx, input: parsedInput });
    const labels = await labelsForPayload({ ...ctx, payload: draft.payload });
    return { ...draft, labels };
  });
