import { z } from "zod";

import { RelationshipStage } from "@atlas/db/enums";

import { qualifierFields, ZEntryId, ZFuzzyDate, zOptLine, ZStatementCitations } from "../fields.ts";

export const ZStatusChangePayload = z
  .object({
    /** The counterpart; the relations are the focus country's (checked against the database). */
    counterpartId: ZEntryId,
    stage: z.enum(RelationshipStage, { error: "Choose what happened to the relations." }),
    date: ZFuzzyDate,
    note: zOptLine(300),
    citations: ZStatementCitations,
    ...qualifierFields,
  })
  .strict();

export type TStatusChangePayload = z.infer<typeof ZStatusChangePayload>;
