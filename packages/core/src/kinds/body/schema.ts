import { z } from "zod";

import { BodyKind } from "@atlas/db/enums";

import { notBefore, qualifierFields, zIdList, zLine, zOptFuzzyDate, zOptMarkdown, ZSlug, ZStatementCitations } from "../fields.ts";

export const ZBodyPayload = z
  .object({
    slug: ZSlug,
    name: zLine(200),
    kind: z.enum(BodyKind, { error: "Choose a kind of body." }).default("OTHER"),
    founded: zOptFuzzyDate(),
    dissolved: zOptFuzzyDate(),
    description: zOptMarkdown(5000),
    countryIds: zIdList(20),
    citations: ZStatementCitations,
    ...qualifierFields,
  })
  .strict()
  .refine((b) => notBefore(b.founded, b.dissolved), { path: ["dissolved"], error: "Cannot be dissolved before it was founded." });

export type TBodyPayload = z.infer<typeof ZBodyPayload>;
