import { z } from "zod";

import { ZAliases, ZCitations, zLine, ZOptEntryId, zOptMarkdown, ZOptWikidataId, zOptYear, ZSlug } from "../fields.ts";

export const ZPersonPayload = z
  .object({
    slug: ZSlug,
    name: zLine(160),
    aliases: ZAliases,
    countryId: ZOptEntryId,
    wikidataId: ZOptWikidataId,
    bornYear: zOptYear(),
    diedYear: zOptYear(),
    description: zOptMarkdown(5000),
    citations: ZCitations,
  })
  .strict()
  .refine((p) => p.bornYear == null || p.diedYear == null || p.diedYear >= p.bornYear, {
    path: ["diedYear"],
    error: "Cannot die before being born.",
  });

export type TPersonPayload = z.infer<typeof ZPersonPayload>;
