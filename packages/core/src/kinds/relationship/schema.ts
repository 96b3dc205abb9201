import { z } from "zod";

import { RelationshipStatus } from "@atlas/db/enums";

import { qualifierFields, ZCitations, ZEntryId, zMarkdown, zOptFuzzyDate, ZStatementCitations } from "../fields.ts";
import { citedText, disputeFields, disputeRules } from "../statement-rules.ts";

const ZStatus = z.enum(RelationshipStatus, { error: "Choose a status." });

export const ZRelationshipPayload = z
  .object({
    subjectId: ZEntryId,
    counterpartId: ZEntryId,
    status: ZStatus.default("ACTIVE"),
    summary: zMarkdown(20_000),
    established: zOptFuzzyDate(),
    citations: ZStatementCitations,
    /** What supports the status and the date relations were established (the badges); none: shown as unsourced. */
    statusCitations: ZCitations,
    ...qualifierFields,
    ...disputeFields(ZStatus),
  })
  .strict()
  .refine((r) => r.subjectId !== r.counterpartId, { path: ["counterpartId"], error: "A country has no relationship with itself." })
  .superRefine(citedText("summary"))
  .superRefine(disputeRules("status"));

export type TRelationshipPayload = z.infer<typeof ZRelationshipPayload>;
