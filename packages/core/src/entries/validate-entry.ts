import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { addFieldError, type FieldErrors } from "../errors.ts";
import type { Reference } from "../kinds/kind.ts";
import { kindOf, KINDS, type AnyPayload, type PayloadOf } from "../kinds/registry.ts";

/**
 * Says what clashes, with its value, and who holds it already. Every place that shows it names the
 * field first (the form beside the field, a change set's list and an approval as "Entry · Field").
 */
function uniqueClash(where: Record<string, unknown>, holder: string): string {
  const values = Object.values(where);
  return values.length === 1 ? `“${String(values[0])}” is already used by ${holder}.` : `Already recorded by ${holder}.`;
}

/** "event", "organisation": a kind in a sentence. */
export const kindName = (kind: EntryKind) => KINDS[kind].names.one;

type Citation = { sourceId: string; excerptId: string | null; locator: string | null };
export const citationsOf = (payload: AnyPayload): Citation[] => ("citations" in payload ? payload.citations : []);

/** The kind's lists of citations for one field (kind.citedFields): each list's name, the field it supports, its citations. */
export function fieldCitations(kind: EntryKind, payload: AnyPayload): { list: string; field: string; cited: Citation[] }[] {
  const lists = Object.entries(kindOf(kind).citedFields ?? {}) as [string, string][];
  return lists.map(([list, field]) => ({ list, field, cited: ((payload as Record<string, unknown>)[list] as Citation[] | undefined) ?? [] }));
}

/** Every list of citations of a payload, by its name: the statement's own, then those of its fields. */
const citationLists = (kind: EntryKind, payload: AnyPayload): { list: string; cited: Citation[] }[] => [
  { list: "citations", cited: citationsOf(payload) },
  ...fieldCitations(kind, payload),
];

function citationRefs(kind: EntryKind, payload: AnyPayload): Reference[] {
  return citationLists(kind, payload).flatMap(({ list, cited }) => cited.map((c, i) => ({ kind: "SOURCE" as const, path: [list, i, "sourceId"], id: c.sourceId })));
}

/**
 * How strict the check is. "publish": referenced entries must be published. "submit": published,
 * or about to be published with this one (the other entries of its change set, `pending`).
 * "draft": they need only exist (a draft may name what is still a draft); uniqueness and the
 * kind's rules wait for submission.
 */
export type CheckMode = { mode: "publish" } | { mode: "submit" | "draft"; pending: Pending; authorId?: string };
/**
 * The entries and excerpts a change set will publish together; `elsewhere`: those its author is
 * still writing in other change sets, by id (→ that change set's id), which it may link to and
 * then waits for (see dependenciesOf).
 */
export type Pending = { entries: Set<string>; excerpts: Set<string>; elsewhere?: Map<string, string> };

/**
 * What the schema alone cannot know: referenced entries exist, are of the right kind and are
 * published (see CheckMode); unique fields are free; cited excerpts exist. Returns field errors
 * and the labels of referenced entries (to build this entry's label).
 */
export async function checkEntryAgainstDatabase<K extends EntryKind>(
  tx: Tx,
  input: { id: string; kind: K; payload: PayloadOf<K> },
  // Stryker disable next-line ObjectLiteral,StringLiteral: a mode that is neither "draft" nor "submit" is checked as "publish" below
  check: CheckMode = { mode: "publish" },
): Promise<{ errors: FieldErrors; names: Map<string, string> }> {
  // Stryker disable next-line ConditionalExpression,StringLiteral: in "publish" mode `check.pending` is undefined, read as null below
  const pending = check.mode === "publish" ? null : check.pending;
  const handler = kindOf(input.kind);
  const errors: FieldErrors = {};
  const payload = input.payload;
  // A blank link (null, "") in a half-written draft is a missing field, listed as such, not a lookup.
  const references = [...handler.references(payload), ...citationRefs(input.kind, payload)].filter((r) => typeof r.id === "string" && r.id !== "");
  const found = await tx.entry.findMany({
    // Stryker disable next-line ObjectLiteral: the ids only narrow the query; each reference is looked up by id below
    where: { id: { in: [...new Set(references.map((r) => r.id))] } },
    select: { id: true, kind: true, status: true, label: true, version: true, createdById: true },
  });
  // Another editor's never-published entry does not exist for this author (its name included).
  const authorId = check.mode === "publish" ? undefined : check.authorId;
  const othersDraft = (e: (typeof found)[number]) =>
    authorId !== undefined && e.version === 0 && e.createdById !== null && e.createdById !== authorId && !pending?.entries.has(e.id);
  const byId = new Map(found.filter((e) => !othersDraft(e)).map((e) => [e.id, e]));
  for (const r of references) {
    const entry = byId.get(r.id);
    if (!entry) addFieldError(errors, r.path, `No ${kindName(r.kind)} has the id "${r.id}".`);
    else if (entry.kind !== r.kind) addFieldError(errors, r.path, `"${entry.label}" is a ${kindName(entry.kind)}, not a ${kindName(r.kind)}.`);
    else if (check.mode === "draft" ? entry.status === "DELETED" : entry.status !== "PUBLISHED" && !pending?.entries.has(r.id) && !pending?.elsewhere?.has(r.id))
      addFieldError(errors, r.path, `"${entry.label}" is not published${check.mode === "submit" ? " and is not part of this change set or another of yours" : ""}.`);
  }

  const lists = citationLists(input.kind, input.payload);
  const excerptIds = lists.flatMap(({ cited }) => cited.flatMap((c) => (c.excerptId ? [c.excerptId] : [])));
  // Stryker disable next-line ConditionalExpression: a query for no ids finds nothing either; this only saves the round trip
  if (excerptIds.length) {
    // Stryker disable next-line ObjectLiteral: the ids only narrow the query; each citation is looked up by id below
    const existing = new Set((await tx.excerpt.findMany({ where: { id: { in: excerptIds } }, select: { id: true } })).map((e) => e.id));
    for (const { list, cited } of lists)
      cited.forEach((c, i) => {
        if (c.excerptId && !existing.has(c.excerptId) && !pending?.excerpts.has(c.excerptId) && !pending?.elsewhere?.has(c.excerptId))
          // Named by its source, never by its id (which no person knows it by).
          addFieldError(errors, [list, i, "excerptId"], byId.has(c.sourceId) ? `That passage is not in “${byId.get(c.sourceId)!.label}”.` : "That passage does not exist.");
      });
  }
  if (check.mode === "draft") return { errors, names: new Map([...byId.values()].map((e) => [e.id, e.label])) };
  const site = await tx.site.findUnique({ where: { id: 1 }, select: { focusCountryId: true } });
  const breaches = (await handler.rules?.(payload, { tx, id: input.id, focusCountryId: site?.focusCountryId ?? null })) ?? [];
  for (const breach of breaches) addFieldError(errors, breach.path, breach.message);
  for (const unique of handler.unique) {
    const where = unique.where(payload);
    if (!where) continue;
    // Each kind's model shares the same findFirst shape; the union type is too wide for TS.
    const delegate = tx[handler.model] as unknown as { findFirst(a: unknown): Promise<{ id: string } | null> };
    const clash = await delegate.findFirst({ where: { ...where, NOT: { id: input.id } }, select: { id: true } });
    // The author's own work elsewhere counts too: two drafts of one thing are caught before review, not at approval.
    const draft =
      !clash && authorId
        ? await tx.revision.findFirst({
            where: {
              kind: input.kind,
              authorId,
              action: "UPSERT",
              entryId: { not: input.id },
              status: { in: ["DRAFT", "CHANGES_REQUESTED", "SUBMITTED", "SCHEDULED"] },
              AND: Object.entries(where).map(([field, value]) => ({ payload: { path: [field], equals: value as never } })),
            },
            select: { label: true },
          })
        : null;
    const other = clash ? await tx.entry.findUnique({ where: { id: clash.id }, select: { label: true } }) : null;
    if (clash || draft) {
      // Stryker disable next-line OptionalChaining: every row of a kind's table belongs to an entry (a foreign key), so `other` is found
      const holder = draft ? `your draft “${draft.label}”` : `the ${kindName(input.kind)} “${other?.label ?? clash!.id}”`;
      addFieldError(errors, [unique.fields[0]!], uniqueClash(where, holder));
    }
  }
  return { errors, names: new Map(found.map((e) => [e.id, e.label])) };
}
