import { z } from "zod";

import { SourceKind } from "@atlas/db/enums";

import { ZEntryId, zLine, zMarkdown, zOptLine, ZSlug } from "../fields.ts";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

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
    url: z.preprocess(
      blankToNull,
      z
        .url({ protocol: /^https?$/, error: "Enter an http(s) address." })
        .max(500)
        .nullable()
        .default(null),
    ),
    publishedOn: zOptDay(),
    accessedOn: zOptDay(),
    note: zOptLine(2000),
    excerpts: z
      .array(ZExcerpt)
      .max(500)
      .default([])
      .refine((list) => new Set(list.map((e) => e.position)).size === list.length, { error: "Two excerpts share a position." }),
  })
  .strict();

export type TSourcePayload = z.infer<typeof ZSourcePayload>;
