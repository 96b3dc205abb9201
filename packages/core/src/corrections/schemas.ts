import { z } from "zod";

import { storableText, ZEntryId } from "../kinds/fields.ts";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** What a reader sends from a page's "Suggest a correction" form. */
export const ZCorrection = z.object({
  /** The entry whose page it came from; none from the contact page. */
  entryId: z.preprocess(blankToNull, ZEntryId.nullable().default(null)),
  pagePath: z
    .string()
    .trim()
    .max(300, { error: "Not a page of this site." })
    .regex(/^\/(?!\/)[^\s]*$/, { error: "Not a page of this site." }),
  message: z
    .string({ error: "Say what is wrong." })
    .trim()
    .min(10, { error: "Say what is wrong, in a sentence or more." })
    .max(5000, { error: "At most 5,000 characters." })
    .superRefine(storableText),
  email: z.preprocess(blankToNull, z.email({ error: "That does not look like an e-mail address." }).max(200).nullable().default(null)),
  name: z.preprocess(blankToNull, z.string().trim().max(120, { error: "At most 120 characters." }).superRefine(storableText).nullable().default(null)),
  /** The honeypot: hidden from people, filled in by bots. */
  website: z.string().max(1000).optional(),
  token: z.string({ error: "The form could not be checked." }).max(200),
});
export type TCorrection = z.input<typeof ZCorrection>;

export const ZReportRef = z.object({ reportId: z.uuid({ error: "Not a valid report." }) });
export type TReportRef = z.input<typeof ZReportRef>;

export const ZCloseReport = ZReportRef.extend({
  reply: z
    .string({ error: "Write a reply." })
    .trim()
    .min(1, { error: "Write a reply: what was done, or why nothing was." })
    .max(5000, { error: "At most 5,000 characters." })
    .superRefine(storableText),
});
export type TCloseReport = z.input<typeof ZCloseReport>;

export const ZListReports = z.object({ status: z.enum(["OPEN", "IN_CHANGE_SET", "CLOSED"]).default("OPEN") });
