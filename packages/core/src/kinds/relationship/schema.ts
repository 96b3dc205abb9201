import { z } from "zod";

import { RelationshipStatus } from "@atlas/db/enums";

import { qualifierFields, ZEntryId, zMarkdown, zOptFuzzyDate, ZStatementCitations } from "../fields.ts";

export const ZRelationshipPayload = z
  .object({
    subjectId: ZEntryId,
    counterpartId: ZEntryId,
    status: z.enum(RelationshipStatus, { error: "Choose a status." }).default("ACTIVE"),
    summary: zMarkdown(20_000),
    established: zOptFuzzyDate(),
    citations: ZStatementCitations,
    ...qualifierFields,
  })
  .strict()
  .refine((r) => r.subjectId !== r.counterpartId, { path: ["counterpartId"], error: "A country has no relationship with itself." });

export type TRelationshipPayload = z.infer<typeof ZRelationshipPayload>;
