import { stringify } from "csv-stringify/sync";

import type { Db } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { compactToEdtf } from "../dates/edtf.ts";
import { dateFields } from "../kinds/forms.ts";
import { EXPORT_SETS, payloadSchemas } from "../kinds/registry.ts";
import { getSite } from "./site.ts";

/** The name of a set of the open data: "events" (events.csv, events in the JSON). */
export type ExportSet = keyof typeof EXPORT_SETS;

type Item = { id: string; version: number; publishedAt: string | null } & Record<string, unknown>;

/**
 * Published entries of a kind as they were published: the payload of each entry's current
 * published revision, with its stable id and version. Dates are written in EDTF ("2007-22" for
 * summer 2007), exactly as precise as the entry.
 */
export async function exportKind(db: Db, kind: EntryKind): Promise<Item[]> {
  const rows = await db.$queryRaw<{ id: string; version: number; publishedAt: Date | null; payload: Record<string, unknown> }[]>`
    SELECT e."id", e."version", e."publishedAt", r."payload"
    FROM "Entry" e JOIN "Revision" r ON r."entryId" = e."id" AND r."publishedVersion" = e."version"
    WHERE e."kind" = ${kind}::"EntryKind" AND e."status" = 'PUBLISHED'
    ORDER BY e."id"`;
  // Fields in the order the schema declares them (JSONB keeps its own order).
  const fields = Object.keys(payloadSchemas[kind].shape);
  const dates = dateFields(kind);
  const value = (field: string, v: unknown) => (dates.has(field) && typeof v === "string" ? compactToEdtf(v) : (v ?? null));
  return rows.map((e) => ({
    id: e.id,
    version: e.version,
    // Stryker disable next-line OptionalChaining: the query reads published entries only, which always have a publication time
    publishedAt: e.publishedAt?.toISOString() ?? null,
    ...Object.fromEntries(fields.map((f) => [f, value(f, e.payload[f])])),
  }));
}

/** The terms of reuse as the operator set them (null: not set); quoted passages remain their authors'. */
export type DatasetLicense = { name: string; url: string | null; attribution: string | null; note: string } | null;

export type Dataset = { title: string; focusCountryId: string; generatedAt: string; license: DatasetLicense } & Record<ExportSet, Item[]>;

const QUOTATIONS = "Each entry cites its sources; the passages quoted from them remain their authors' and are reused as quotations.";

export async function exportDataset(db: Db): Promise<Dataset> {
  const site = await getSite(db);
  const sets = await Promise.all(Object.entries(EXPORT_SETS).map(async ([name, kind]) => [name, await exportKind(db, kind)] as const));
  const head = {
    title: site.title,
    focusCountryId: site.focus.id,
    generatedAt: new Date().toISOString(),
    license: site.license && { ...site.license, note: QUOTATIONS },
  };
  return { ...head, ...Object.fromEntries(sets) } as Dataset;
}

function cell(value: unknown): string {
  // Stryker disable next-line ConditionalExpression: exportKind turns absent fields into null, so a cell is never undefined
  if (value === null || value === undefined) return "";
  if (Array.isArray(value))
    return value
      .map((v) =>
        v && typeof v === "object"
          ? Object.values(v as Record<string, unknown>)
              .filter((x) => x !== null)
              .join("|")
          : String(v),
      )
      .join("; ");
  // Stryker disable next-line ConditionalExpression,StringLiteral: no payload of any kind has a field that is a plain object (only lists and scalars); kept for the day one does
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One kind as CSV: a column per payload field; lists joined with "; ", citations as source|excerpt. */
export async function exportKindCsv(db: Db, kind: EntryKind): Promise<string> {
  const items = await exportKind(db, kind);
  const columns = ["id", "version", "publishedAt", ...Object.keys(payloadSchemas[kind].shape)];
  return stringify(
    items.map((i) => columns.map((c) => cell(i[c]))),
    { header: true, columns },
  );
}
