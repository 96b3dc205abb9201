import { z } from "zod";

import { OrganizationKind } from "@atlas/db/enums";

import { ZAliases, ZCitations, zLine, zOptLine, zOptMarkdown, ZOptWikidataId, zOptYear, ZSlug } from "../fields.ts";

export const ZOrganizationPayload = z
  .object({
    slug: ZSlug,
    name: zLine(200),
    acronym: zOptLine(30),
    aliases: ZAliases,
    kind: z.enum(OrganizationKind, { error: "Choose a kind of organisation." }).default("INTERGOVERNMENTAL"),
    foundedYear: zOptYear(),
    dissolvedYear: zOptYear(),
    headquarters: zOptLine(120),
    url: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      z
        .url({ protocol: /^https?$/, error: "Enter an http(s) address." })
        .max(500)
        .nullable()
        .default(null),
    ),
    wikidataId: ZOptWikidataId,
    description: zOptMarkdown(5000),
    citations: ZCitations,
  })
  .strict()
  .refine((o) => o.foundedYear == null || o.dissolvedYear == null || o.dissolvedYear >= o.foundedYear, {
    path: ["dissolvedYear"],
    error: "Cannot be dissolved before it was founded.",
  });

export type TOrganizationPayload = z.infer<typeof ZOrganizationPayload>;
