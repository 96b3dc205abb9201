import { z } from "zod";

import { Prisma, type Db, type Tx } from "@atlas/db";
import { EntryKind } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan, EDITABLE_STATES } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";
import { fieldLabel } from "../kinds/forms.ts";
import { KINDS } from "../kinds/registry.ts";

export const ZFindSimilar = z.object({
  kind: z.enum(EntryKind, { error: "Unknown kind of entry." }),
  /** The entry being written: it is not "another" one. */
  entryId: ZEntryId.optional(),
  /** What was typed (a picker's "Create …"), looked for in every field people know an entry by. */
  values: z.array(z.string().max(500)).max(40).default([]),
});
export type TFindSimilar = z.input<typeof ZFindSimilar>;

/** An entry of the atlas, or one of the author's drafts, that looks like the one being created. */
export type Similar = { entryId: string; label: string; field: string; fieldLabel: string; draft: boolean; changeSetId: string | null };

/** A field's label inside a sentence: "web address", but "ISO 3166 alpha-2" as written. */
export const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** "Åland", "aland " and "https://www.isa.int/" as "aland" and "isa.int": how people would say they are the same. */
const same = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/^https?:\/\/(www\.)?|\/+$/g, "");
/** The same in SQL (unaccent is the search configuration's dictionary). */
const sameSql = (column: Prisma.Sql) => Prisma.sql`regexp_replace(lower(unaccent(trim(${column}))), '^https?://(www\\.)?|/+$', '', 'g')`;

/**
 * Entries the atlas has — published ones, and the actor's own drafts in any change set — whose
 * name, acronym, web address, code or other name (the kind's `identity` fields) equals one of the
 * values, whichever field each was typed in. Offered before a duplicate is created.
 */
export async function findSimilarEntries({ db, actor, input }: { db: Db | Tx; actor: Actor | null; input: TFindSimilar }): Promise<Similar[]> {
  assertCan(actor, "entry.read");
  const { kind, entryId, values } = parseOrThrow(ZFindSimilar, input);
  const fields = KINDS[kind].identity ?? [];
  const wanted = [...new Set(values.map(same).filter((v) => v.length >= 2))];
  if (!fields.length || !wanted.length) return [];
  const table = Prisma.raw(`"${KINDS[kind].model[0]!.toUpperCase()}${KINDS[kind].model.slice(1)}"`);
  const tests = fields.map((f) => {
    const column = Prisma.raw(`t."${f}"`);
    return f === "aliases"
      ? Prisma.sql`CASE WHEN EXISTS (SELECT 1 FROM unnest(${column}) a WHERE ${sameSql(Prisma.sql`a`)} = ANY(${wanted})) THEN ${f} END`
      : Prisma.sql`CASE WHEN ${sameSql(column)} = ANY(${wanted}) THEN ${f} END`;
  });
  const published = await db.$queryRaw<{ id: string; label: string; field: string | null }[]>`
    SELECT * FROM (
      SELECT e."id", e."label", COALESCE(${Prisma.join(tests)}) AS field
      FROM ${table} t JOIN "Entry" e ON e."id" = t."id"
      WHERE e."status" = 'PUBLISHED' AND e."id" <> ${entryId ?? ""}
    ) m WHERE m.field IS NOT NULL ORDER BY m."label" LIMIT 20`;
  const drafts = await db.revision.findMany({
    where: {
      kind,
      authorId: actor.id,
      action: "UPSERT",
      status: { in: [...EDITABLE_STATES, "SUBMITTED", "SCHEDULED"] },
      entryId: { not: entryId ?? "" },
      entry: { status: { not: "PUBLISHED" } },
    },
    orderBy: { updatedAt: "desc" },
    select: { entryId: true, label: true, payload: true, changeSetId: true },
  });
  const similar: Similar[] = published.map((r) => ({ entryId: r.id, label: r.label, field: r.field!, fieldLabel: fieldLabel(kind, r.field!), draft: false, changeSetId: null }));
  for (const d of drafts) {
    const payload = (d.payload ?? {}) as Record<string, unknown>;
    const field = fields.find((f) => [payload[f]].flat().some((v) => typeof v === "string" && wanted.includes(same(v))));
    if (field) similar.push({ entryId: d.entryId, label: d.label, field, fieldLabel: fieldLabel(kind, field), draft: true, changeSetId: d.changeSetId });
  }
  return similar.slice(0, 8);
}
