import { z } from "zod";

import type { Db } from "@atlas/db";
import { EntryKind } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan, isEditable } from "../auth/permissions.ts";
import { changeSetTitles, ON_ITS_WAY } from "../change-sets/work-elsewhere.ts";
import { parseOrThrow } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";
import { ZFilterText } from "../text.ts";
import { findSimilarEntries, inSentence } from "./find-similar-entries.ts";

export const ZPicker = z.object({
  kind: z.union([z.enum(EntryKind), z.literal("EXCERPT")], { error: "Unknown kind." }),
  q: ZFilterText.catch("").default(""),
  /** The change set being written: its own drafts may be chosen too (they are published with it). */
  changeSetId: z.uuid().optional().catch(undefined),
  /** For passages: the source chosen beside them; only its passages are offered. */
  sourceId: ZEntryId.optional().catch(undefined),
});

export type PickerOption = { id: string; label: string; hint?: string };

const shortText = (t: string) => (t.length > 140 ? `${t.slice(0, 140)}…` : t);

/**
 * Options for a picker field: published entries of a kind matching the text (by name, or exactly
 * by another name, acronym, web address or code), and the editor's own drafts — of the change set
 * being written, and of their other change sets (a set linking to those waits for them). Passages:
 * of the chosen source only when one is named, its draft's passages when the editor has one.
 */
export async function pickerOptions({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZPicker> }): Promise<PickerOption[]> {
  assertCan(actor, "entry.read");
  const { kind, q, changeSetId, sourceId } = parseOrThrow(ZPicker, input);
  if (kind === "EXCERPT") return sourceId ? passagesOf(db, actor, sourceId, q) : anyPassages(db, q);
  const matching = q ? { OR: [{ label: { contains: q, mode: "insensitive" as const } }, { id: q.toLowerCase() }] } : {};
  const [drafts, rows, similar] = await Promise.all([
    db.revision.findMany({
      where: { authorId: actor.id, kind, action: "UPSERT", status: { in: [...ON_ITS_WAY] }, entry: { status: { notIn: ["DELETED", "PUBLISHED"] }, ...matching } },
      orderBy: { updatedAt: "desc" },
      take: 20,
      select: { entryId: true, label: true, changeSetId: true, status: true },
    }),
    db.entry.findMany({ where: { kind: kind, status: "PUBLISHED", ...matching }, orderBy: { label: "asc" }, take: 20, select: { id: true, label: true } }),
    q ? findSimilarEntries({ db, actor, input: { kind, values: [q] } }) : [],
  ]);
  // In the set being written: still editable there (a submitted set's drafts are no longer linked from its forms).
  const here = drafts.filter((d) => d.changeSetId === changeSetId && isEditable(d.status));
  const elsewhere = drafts.filter((d) => d.changeSetId !== changeSetId);
  const titles = await changeSetTitles(db, [...new Set(elsewhere.map((d) => d.changeSetId))]);
  const options: PickerOption[] = [
    ...here.map((d) => ({ id: d.entryId, label: d.label, hint: "New, in this change set" })),
    // Found by another field than its name: say which ("Same acronym").
    ...similar
      .filter((s) => !s.draft)
      .map((s) => ({ id: s.entryId, label: s.label, ...(s.field === "name" || s.field === "title" ? {} : { hint: `Same ${inSentence(s.fieldLabel)}` }) })),
    ...rows.map((r) => ({ id: r.id, label: r.label })),
    ...elsewhere.map((d) => ({ id: d.entryId, label: d.label, hint: `Your draft, in “${titles.get(d.changeSetId)}”: this change set then waits for that one` })),
  ];
  // Each entry once, where it is first offered.
  return options.filter((o, i) => options.findIndex((x) => x.id === o.id) === i);
}

/** Passages of every published source matching the text, the source named as a hint. */
async function anyPassages(db: Db, q: string): Promise<PickerOption[]> {
  const rows = await db.excerpt.findMany({
    where: q ? { text: { contains: q, mode: "insensitive" } } : {},
    orderBy: [{ sourceId: "asc" }, { position: "asc" }],
    take: 20,
    select: {
      id: true,
      text: true,
      // Stryker disable next-line ObjectLiteral: with no select of its own the source comes with every column, its title among them
      source: {
        select: { title: true },
      },
    },
  });
  return rows.map((r) => ({ id: r.id, label: shortText(r.text), hint: r.source.title }));
}

/**
 * The passages of one source, numbered from 1 as its page shows them: those of the editor's own
 * draft of it when they have one (new passages may be cited before it is published), otherwise
 * the published ones.
 */
async function passagesOf(db: Db, actor: Actor, sourceId: string, q: string): Promise<PickerOption[]> {
  const draft = await db.revision.findFirst({
    where: { entryId: sourceId, kind: "SOURCE", authorId: actor.id, action: "UPSERT", status: { in: [...ON_ITS_WAY] } },
    orderBy: { updatedAt: "desc" },
    select: { payload: true },
  });
  const listed = draft
    ? (((draft.payload as { excerpts?: unknown } | null)?.excerpts ?? []) as { id?: unknown; text?: unknown; position?: unknown }[]).flatMap((e) =>
        typeof e?.id === "string" && typeof e.text === "string" ? [{ id: e.id, text: e.text, position: Number(e.position) || 0 }] : [],
      )
    : await db.excerpt.findMany({ where: { sourceId, source: { entry: { status: "PUBLISHED" } } }, select: { id: true, text: true, position: true } });
  const words = q.toLowerCase();
  return listed
    .sort((a, b) => a.position - b.position)
    .map((e, i) => ({ id: e.id, label: shortText(e.text), hint: `Passage ${i + 1}` }))
    .filter((o, i) => !words || listed[i]!.text.toLowerCase().includes(words) || o.hint === `Passage ${words}`);
}
