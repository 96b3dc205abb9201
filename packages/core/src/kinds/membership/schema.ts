import { z } from "zod";

import { MembershipStatus } from "@atlas/db/enums";

import { notBefore, qualifierFields, ZEntryId, zOptFuzzyDate, zOptLine, ZStatementCitations } from "../fields.ts";
import { disputeFields, disputeRules } from "../statement-rules.ts";

const ZStatus = z.enum(MembershipStatus, { error: "Choose a status: member, observer, partner…" });

export const ZMembershipPayload = z
  .object({
    organizationId: ZEntryId,
    countryId: ZEntryId,
    status: ZStatus,
    since: zOptFuzzyDate(),
    until: zOptFuzzyDate(),
    note: zOptLine(500),
    citations: ZStatementCitations,
    ...qualifierFields,
    ...disputeFields(ZStatus),
  })
  .strict()
  .refine((m) => notBefore(m.since, m.until), { path: ["until"], error: "Cannot end before it began." })
  .superRefine(disputeRules("status"));

export type TMembershipPayload = z.infer<typeof ZMembershipPayload>;
