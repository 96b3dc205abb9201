import { z } from "zod";

import { SourceKind, SourceReliability } from "@atlas/db/enums";

import { ZEntryId, zLine, zMarkdown, zOptFuzzyDate, zOptLine, ZSlug } from "../fields.ts";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const zOptUrl = () =>
  z.preprocess(
    blankToNull,
    z
      .url({ protocol: /^https?$/, error: "Enter an http(s) address." })
      .max(500)
      .nullable()
      .default(null),
  );

const zOptDay = () => z.preprocess(blankToNull, z.iso.date({ error: "Use the form 2024-09-03." }).nullable().default(null));

export const ZExcerpt = z
  .object({
    id: ZEntryId,
    text: zMarkdown(5000),
    position: z.number().int().min(0).max(100_000),
  })
  .strict();

export const ZSourcePayload = z
  .object({
    slug: ZSlug,
    title: zLine(300),
    kind: z.enum(SourceKind, { error: "Choose a kind of source." }).default("REFERENCE"),
    marker: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^[0-9]{1,4}$/, { error: "A reference number, like 24." })
        .nullable()
        .default(null),
    ),
    author: zOptLine(200),
    publisher: zOptLine(200),
    url: zOptUrl(),
    /** A copy kept by an archive, for when the address changes or disappears. */
    archiveUrl: zOptUrl(),
    /** As precise as the work says: "2009", "2009-05", "2009-05-03" (days were the only form before). */
    publishedOn: zOptFuzzyDate(),
    accessedOn: zOptDay(),
    language: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "A language code, like en or mn." })
        .nullable()
        .default(null),
    ),
    /** Chosen by editors on the documented scale (reliability.ts); null: not yet assessed. */
    reliability: z.preprocess(blankToNull, z.enum(SourceReliability, { error: "Choose a tier of the scale." }).nullable().default(null)),
    note: zOptLine(2000),
    excerpts: z
      .array(ZExcerpt)
      .max(500)
      .default([])
      .refine((list) => new Set(list.map((e) => e.position)).size === list.length, { error: "Two excerpts share a position." }),
  })
  .strict();

export type TSourcePayload = z.infer<typeof ZSourcePayload>;
