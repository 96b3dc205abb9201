import { z } from "zod";

import { MembershipStatus } from "@atlas/db/enums";

import { notBefore, qualifierFields, ZEntryId, zOptFuzzyDate, zOptLine, ZStatementCitations } from "../fields.ts";

export const ZMembershipPayload = z
  .object({
    organizationId: ZEntryId,
    countryId: ZEntryId,
    status: z.enum(MembershipStatus, { error: "Choose a status: member, observer, partner…" }),
    since: zOptFuzzyDate(),
    until: zOptFuzzyDate(),
    note: zOptLine(500),
    citations: ZStatementCitations,
    ...qualifierFields,
  })
  .strict()
  .refine((m) => notBefore(m.since, m.until), { path: ["until"], error: "Cannot end before it began." });

export type TMembershipPayload = z.infer<typeof ZMembershipPayload>;
