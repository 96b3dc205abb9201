"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import {
  discardDraft,
  findSimilarEntries,
  pickerOptions,
  rebaseRevision,
  requestRemoval,
  revertEntry,
  saveAndSubmitDraft,
  saveDraft,
  startLinkedDraft,
  submitRevision,
  trackPresence,
  withdrawRevision,
  ZEntryRef,
  ZFindSimilar,
  ZPicker,
  ZRevertEntry,
  ZRevisionRef,
  ZSaveDraft,
  ZStartLinkedDraft,
  ZTrackPresence,
} from "@atlas/core";

import { formOf, jsonField } from "@/lib/form-input";
import { action } from "@/lib/safe-action";

// A form always says which copy of the draft it was based on (0: none yet), so that a save from
// an older copy (another tab) is refused instead of overwriting a newer one.
const ZFormSave = ZSaveDraft.extend({ payload: jsonField, baseDraftVersion: ZSaveDraft.shape.baseDraftVersion.unwrap() });

/** Saves the editor's draft, or saves it and sends it to review in one step; the form sends its payload as JSON. */
export const saveDraftAction = action
  .metadata({ permission: "revision.create" })
  // The form always shows the note: left blank (so not sent), it is cleared.
  .inputSchema(formOf(ZFormSave.extend({ intent: z.enum(["save", "submit"]).default("save"), message: ZSaveDraft.shape.message.default(null) })))
  .stateAction(async ({ parsedInput: { intent, ...input }, ctx }) => {
    const saved = await (intent === "submit" ? saveAndSubmitDraft : saveDraft)({ ...ctx, input });
    revalidatePath("/");
    redirect(`/revisions/${saved.revisionId}?done=${intent}`);
  });

/** The editor's autosave: stores the draft as it stands (incomplete is fine) and answers what the form needs to go on. */
export const autosaveDraftAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZFormSave))
  .action(async ({ parsedInput, ctx }) => {
    const saved = await saveDraft({ ...ctx, input: parsedInput });
    return {
      revisionId: saved.revisionId,
      entryId: saved.entryId,
      changeSetId: saved.changeSetId,
      updatedAt: saved.updatedAt,
      draftVersion: saved.draftVersion,
      missing: saved.missing,
    };
  });

/** The form's heartbeat: "this tab has the entry open", answered with who else has it open. */
export const presenceAction = action
  .metadata({ permission: "entry.read" })
  .inputSchema(ZTrackPresence)
  .action(async ({ parsedInput, ctx }) => trackPresence({ ...ctx, input: parsedInput }));

const MOVES = { submit: submitRevision, withdraw: withdrawRevision, discard: discardDraft, rebase: rebaseRevision };

/** One of the author's moves on their revision: submit, withdraw, discard, or keep their text on the current version. */
export const revisionAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZRevisionRef.extend({ intent: z.enum(Object.keys(MOVES) as [keyof typeof MOVES], { error: "Unknown action." }) })))
  .stateAction(async ({ parsedInput: { intent, revisionId }, ctx }) => {
    await MOVES[intent]({ ...ctx, input: { revisionId } });
    revalidatePath("/", "layout");
    redirect(`/revisions/${revisionId}?done=${intent}`);
  });

/** Proposes unpublishing or deleting an entry (it waits for an admin). */
export const removalAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZEntryRef.extend({ action: z.enum(["UNPUBLISH", "DELETE"]).default("UNPUBLISH") })))
  .stateAction(async ({ parsedInput: { action: removal, ...input }, ctx }) => {
    const { revisionId } = await requestRemoval({ ...ctx, input, action: removal });
    redirect(`/revisions/${revisionId}`);
  });

/** Starts a draft that brings back an earlier published version. */
export const revertAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(formOf(ZRevertEntry))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { revisionId } = await revertEntry({ ...ctx, input: parsedInput });
    redirect(`/revisions/${revisionId}`);
  });

/** "Create India…" from a picker: a draft of the missing entry in the form's change set. */
export const createLinkedDraftAction = action
  .metadata({ permission: "revision.create" })
  .inputSchema(ZStartLinkedDraft)
  .action(async ({ parsedInput, ctx }) => startLinkedDraft({ ...ctx, input: parsedInput }));

/** Options for a picker field, as the editor types. */
export const pickerOptionsAction = action
  .metadata({ permission: "entry.read" })
  .inputSchema(ZPicker)
  .action(async ({ parsedInput, ctx }) => pickerOptions({ ...ctx, input: parsedInput }));

/** Entries the atlas (or the editor's own work) has with the names, acronym, address or code typed into a new entry's form. */
export const findSimilarAction = action
  .metadata({ permission: "entry.read" })
  .inputSchema(ZFindSimilar)
  .action(async ({ parsedInput, ctx }) => findSimilarEntries({ ...ctx, input: parsedInput }));
