import { z } from "zod";
import { createDocument } from "zod-openapi";

import { EventType } from "@atlas/db/enums";

import { EXPORT_SETS } from "../../kinds/registry.ts";
import type { SiteLicense } from "../site.ts";
import { ZApiCounterpart, ZApiCountry, ZApiEvent, ZApiLicense, ZApiNotFound, ZApiProblem } from "./dtos.ts";

const json = (description: string, schema: z.ZodType) => ({ description, content: { "application/json": { schema } } });
const badRequest = json("Something in the address is wrong; every problem is listed.", ZApiProblem);
const notFound = json("No such thing is published.", ZApiNotFound);
const year = (description: string) =>
  z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .meta({ description });

const asOf = z
  .string()
  .optional()
  .meta({
    description:
      "The data as published at that moment: a day (2026-12-01, as that day ended, UTC) or a UTC time (2026-12-01T10:15:04Z). Such an answer never changes. A moment of the last minute gives today's data.",
    examples: ["2026-12-01"],
  });
const asOfMeta = z.object({ asOf: z.string().meta({ description: "The moment the answer shows, as asked for." }) }).optional();

/**
 * The public API, version 1, described from the same zod schemas its answers are made with
 * (served at /api/v1/openapi.json; a contract test checks every endpoint against it).
 */
export function openApiDocument(serverUrl: string, license: SiteLicense | null = null) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Foreign Relations Atlas API",
      version: "1.0.0",
      description: `Published entries only: countries and the focus country's relations with them, events, and the open data. Read-only; no key needed.${
        license?.attribution ? ` Credit: ${license.attribution}.` : ""
      }`,
      ...(license ? { license: { name: license.name, ...(license.url ? { url: license.url } : {}) } } : {}),
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/countries": {
        get: {
          summary: "The counterparts of the focus country",
          requestParams: {
            query: z.object({
              region: z.string().optional().meta({ description: "Only countries of this region (as listed on /countries)." }),
              mission: z.enum(["1", "0", "true", "false", "yes", "no", "on", "off"]).optional().meta({ description: "Only countries with a diplomatic mission." }),
              before: year("Only relations established before this year."),
              unknown: z
                .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
                .optional()
                .meta({ description: "With `before`: also the countries whose relations have no recorded start date." }),
              on: z.iso
                .date()
                .optional()
                .meta({ description: "Give each counterpart the status of the relations on this day (statusOn).", examples: ["2000-01-01"] }),
              status: z.enum(["relations", "suspended", "strategic", "comprehensive", "none"]).optional().meta({
                description:
                  "Only counterparts with this status on the `on` day (today without it): relations in place, suspended, a strategic partnership or closer, a comprehensive strategic partnership, no step recorded.",
              }),
              "as-of": asOf,
            }),
          },
          responses: { "200": json("The counterparts, by name.", z.object({ data: z.array(ZApiCounterpart), license: ZApiLicense, meta: asOfMeta })), "400": badRequest },
        },
      },
      "/api/v1/countries/{slug}": {
        get: {
          summary: "One country and the focus country's relations with it",
          requestParams: { path: z.object({ slug: z.string().meta({ examples: ["china"] }) }), query: z.object({ "as-of": asOf }) },
          responses: {
            "200": json(
              "The country, its relationship, facts, newest events, missions and shared memberships.",
              z.object({ data: ZApiCountry, license: ZApiLicense, meta: asOfMeta }),
            ),
            "400": badRequest,
            "308": { description: "The country's slug changed: the Location header has its new address." },
            "404": notFound,
          },
        },
      },
      "/api/v1/events": {
        get: {
          summary: "Published events, newest first, 20 a page",
          requestParams: {
            query: z.object({
              year: year("Only events of this year."),
              from: year("From this year."),
              to: year("Up to this year."),
              type: z.enum(EventType).optional(),
              country: z.string().optional().meta({ description: "A country's slug." }),
              page: z.string().regex(/^\d+$/).optional().meta({ description: "Page number, from 1." }),
            }),
          },
          responses: {
            "200": json(
              "One page of events.",
              z.object({
                data: z.array(ZApiEvent),
                meta: z.object({ total: z.int(), page: z.int(), pageCount: z.int(), pageSize: z.int() }),
                links: z.object({ prev: z.string().optional(), next: z.string().optional() }),
                license: ZApiLicense,
              }),
            ),
            "400": badRequest,
          },
        },
      },
      "/api/v1/export": {
        get: {
          summary: "Every published entry, as published (one JSON file)",
          responses: { "200": json("The whole dataset: a few fields about it, and one list per kind.", z.record(z.string(), z.unknown())) },
        },
      },
      "/api/v1/export/{file}": {
        get: {
          summary: "One kind of entry, as CSV or JSON",
          requestParams: { path: z.object({ file: z.enum(Object.keys(EXPORT_SETS).flatMap((set) => [`${set}.csv`, `${set}.json`]) as [string, ...string[]]) }) },
          responses: {
            "200": {
              description: "The entries of that kind, with their ids, versions and publication times.",
              content: { "text/csv": { schema: z.string() }, "application/json": { schema: z.array(z.record(z.string(), z.unknown())) } },
            },
            "404": notFound,
          },
        },
      },
    },
  });
}
