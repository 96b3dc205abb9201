import { z } from "zod";

import { EntryKind } from "@atlas/db/enums";

import { storableText, ZEntryId } from "../kinds/fields.ts";

const ZRevisionId = z.uuid({ error: "Not a valid revision." });
const ZMessage = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z.string().trim().max(1000, { error: "At most 1,000 characters." }).superRefine(storableText).nullable().default(null),
);

/** Save a draft: of a new entry (kind only), of an existing one (entryId), or update one's draft (revisionId). */
export const ZSaveDraft = z.object({
  kind: z.enum(EntryKind, { error: "Unknown kind of entry." }),
  entryId: ZEntryId.optional(),
  revisionId: ZRevisionId.optional(),
  /** The change set a new draft joins (one made in the same piece of work); a new one if absent. */
  changeSetId: z.uuid({ error: "Not a valid change set." }).optional(),
  payload: z.unknown(),
  message: ZMessage,
  /** When the copy being saved was loaded or last saved: a newer save elsewhere is a conflict. */
  baseUpdatedAt: z.coerce.date({ error: "Not a valid time." }).optional(),
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
