import { z } from "zod";

import { EntryKind } from "@atlas/db/enums";

import { storableText, ZEntryId } from "../kinds/fields.ts";

export const ZRevisionId = z.uuid({ error: "Not a valid revision." });
export const ZChangeSetId = z.uuid({ error: "Not a valid change set." });
const ZNote = z.string().trim().max(1000, { error: "At most 1,000 characters." }).superRefine(storableText).nullable();
const blankIsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const ZMessage = z.preprocess(blankIsNull, ZNote.default(null));
/** A draft's note: left as it is when not sent (autosave sends only the payload), cleared when sent blank. */
const ZDraftMessage = z.preprocess(blankIsNull, ZNote.optional());

/** Save a draft: of a new entry (kind only), of an existing one (entryId), or update one's draft (revisionId). */
export const ZSaveDraft = z.object({
  kind: z.enum(EntryKind, { error: "Unknown kind of entry." }),
  entryId: ZEntryId.optional(),
  revisionId: ZRevisionId.optional(),
  /** The change set a new draft joins (one made in the same piece of work); a new one if absent. */
  changeSetId: ZChangeSetId.optional(),
  payload: z.unknown(),
  message: ZDraftMessage,
  /**
   * The draft version the copy being saved was based on (0: there was no draft when it was
   * opened). A newer save elsewhere makes this one a conflict. Unset only by core's own callers.
   */
  baseDraftVersion: z.coerce
    .number({ error: "Not a valid draft version." })
    .int({ error: "Not a valid draft version." })
    .min(0, { error: "Not a valid draft version." })
    .optional(),
});
export type TSaveDraft = z.input<typeof ZSaveDraft>;

export const ZRevisionRef = z.object({ revisionId: ZRevisionId });
export type TRevisionRef = z.input<typeof ZRevisionRef>;

export const ZReviewDecision = z.object({
  revisionId: ZRevisionId,
  comment: z
    .string({ error: "Say what needs to change." })
    .trim()
    .min(1, { error: "Say what needs to change." })
    .max(2000, { error: "At most 2,000 characters." })
    .superRefine(storableText),
});
export type TReviewDecision = z.input<typeof ZReviewDecision>;

export const ZEntryRef = z.object({ entryId: ZEntryId, message: ZMessage });
export type TEntryRef = z.input<typeof ZEntryRef>;

export const ZRevertEntry = z.object({ entryId: ZEntryId, toVersion: z.coerce.number({ error: "Choose a version." }).int().min(1, { error: "Choose a version." }) });
export type TRevertEntry = z.input<typeof ZRevertEntry>;
