import { z } from "zod";

import { EventType } from "@atlas/db/enums";

import { notBefore, qualifierFields, ZEntryId, ZFuzzyDate, zIdList, zLine, zMarkdown, ZOptEntryId, zOptFuzzyDate, zOptLine, ZSlug, ZStatementCitations } from "../fields.ts";
import { citedText } from "../statement-rules.ts";

export const ZParticipant = z
  .object({
    personId: ZEntryId,
    role: zLine(200),
    countryId: ZOptEntryId,
  })
  .strict();

export const ZEventPayload = z
  .object({
    slug: ZSlug,
    title: zLine(200),
    description: zMarkdown(20_000),
    type: z.enum(EventType, { error: "Choose an event type." }),
    start: ZFuzzyDate,
    end: zOptFuzzyDate(),
    place: zOptLine(160),
    placeCountryId: ZOptEntryId,
    countryIds: zIdList(30).refine((ids) => ids.length > 0, { error: "Name at least one country involved." }),
    participants: z
      .array(ZParticipant)
      .max(50)
      .default([])
      .refine((list) => new Set(list.map((p) => p.personId)).size === list.length, { error: "A person is listed twice." }),
    organizationIds: zIdList(20),
    citations: ZStatementCitations,
    ...qualifierFields,
  })
  .strict()
  .refine((e) => notBefore(e.start, e.end), { path: ["end"], error: "An event cannot end before it starts." })
  .superRefine(citedText("description"));

export type TEventPayload = z.infer<typeof ZEventPayload>;
