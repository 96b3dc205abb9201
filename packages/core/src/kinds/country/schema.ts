import { z } from "zod";

import { PolityKind } from "@atlas/db/enums";

import { ZAliases, ZCitations, zLine, zOptCode, ZOptEntryId, zOptLine, zOptMarkdown, ZOptWikidataId, zOptYear, ZSlug } from "../fields.ts";
import { citedText } from "../statement-rules.ts";

export const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;

export const ZCountryPayload = z
  .object({
    slug: ZSlug,
    name: zLine(120),
    officialName: zOptLine(200),
    kind: z.enum(PolityKind, { error: "Choose a kind of polity." }).default("STATE"),
    iso2: zOptCode(/^[A-Z]{2}$/, "MN"),
    iso3: zOptCode(/^[A-Z]{3}$/, "MNG"),
    isoNumeric: zOptCode(/^[0-9]{3}$/, "496"),
    formerIsoCode: zOptCode(/^[A-Z]{4}$/, "SUHH"),
    region: z.enum(REGIONS, { error: `Choose a region: ${REGIONS.join(", ")}.` }),
    subregion: zOptLine(80),
    capital: zOptLine(120),
    wikidataId: ZOptWikidataId,
    existedFrom: zOptYear(),
    existedUntil: zOptYear(),
    successorId: ZOptEntryId,
    aliases: ZAliases,
    takesArticle: z.boolean({ error: "Yes or no." }).default(false),
    summary: zOptMarkdown(),
    citations: ZCitations,
  })
  .strict()
  .refine((c) => c.existedFrom == null || c.existedUntil == null || c.existedUntil >= c.existedFrom, {
    path: ["existedUntil"],
    error: "Cannot end before it began.",
  })
  .superRefine(citedText("summary"));

export type TCountryPayload = z.infer<typeof ZCountryPayload>;
