import { z } from "zod";

import { MissionType } from "@atlas/db/enums";

import { notBefore, qualifierFields, ZEntryId, zLine, zOptFuzzyDate, zOptLine, ZStatementCitations } from "../fields.ts";

export const ZMissionPayload = z
  .object({
    type: z.enum(MissionType, { error: "Choose a type of mission." }),
    senderId: ZEntryId,
    hostId: ZEntryId,
    city: zLine(120),
    name: zOptLine(200),
    opened: zOptFuzzyDate(),
    closed: zOptFuzzyDate(),
    citations: ZStatementCitations,
    ...qualifierFields,
  })
  .strict()
  .refine((m) => m.senderId !== m.hostId, { path: ["hostId"], error: "A country does not send a mission to itself." })
  .refine((m) => notBefore(m.opened, m.closed), { path: ["closed"], error: "Cannot close before it opened." });

export type TMissionPayload = z.infer<typeof ZMissionPayload>;
