import { z } from "zod";

import { qualifierFields, zLine, ZOptEntryId, zOptYear, ZStatementCitations } from "../fields.ts";
import { disputeFields, disputeRules } from "../statement-rules.ts";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

// Decimal values travel as strings so that no precision is lost between form and database.
const ZDecimal = z
  .union([z.number(), z.string().trim()], { error: "Enter a number." })
  .transform((v) => String(v))
  .refine((s) => /^-?\d{1,16}(\.\d{1,4})?$/.test(s), { error: "Enter a number (up to 4 decimals), like 48 or 0.5." });

export const ZFactPayload = z
  .object({
    subject: zLine(300),
    value: ZDecimal,
    valueHigh: z.preprocess(blankToNull, ZDecimal.nullable().default(null)),
    unit: zLine(60),
    approximate: z.boolean().default(false),
    year: zOptYear(),
    countryId: ZOptEntryId,
    organizationId: ZOptEntryId,
    citations: ZStatementCitations,
    ...qualifierFields,
    ...disputeFields(ZDecimal),
  })
  .strict()
  .refine((f) => f.valueHigh == null || Number(f.valueHigh) >= Number(f.value), {
    path: ["valueHigh"],
    error: "The upper bound must not be below the value.",
  })
  .superRefine(disputeRules("value"));

export type TFactPayload = z.infer<typeof ZFactPayload>;
