import { z } from "zod";

import type { Db, Prisma } from "@atlas/db";
import { EntryKind, EntryStatus } from "@atlas/db/enums";

import { assertRole, type Actor } from "../auth/actor.ts";
import { parseOrThrow } from "../errors.ts";

export const ENTRIES_PAGE_SIZE = 50;

export const ZListEntries = z.object({
  kind: z.enum(EntryKind).optional().catch(undefined),
  status: z.enum(EntryStatus).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** Entries for editors to find and edit, with their state and any open revisions. */
export async function listEntries({ db, actor, input = {} }: { db: Db; actor: Actor | null; input?: z.input<typeof ZListEntries> }) {
  assertRole(actor, "EDITOR");
  const f = parseOrThrow(ZListEntries, input);
  const where: Prisma.EntryWhereInput = {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.q ? { OR: [{ label: { contains: f.q, mode: "insensitive" } }, { id: { contains: f.q.toLowerCase() } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.entry.count({ where }),
    db.entry.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * ENTRIES_PAGE_SIZE,
      take: ENTRIES_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        label: true,
        status: true,
        version: true,
        updatedAt: true,
        _count: { select: { revisions: { where: { status: { in: ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"] } } } } },
      },
    }),
  ]);
  return { rows, total, page: f.page, pageCount: Math.max(1, Math.ceil(total / ENTRIES_PAGE_SIZE)), filter: f };
}

export const ZPicker = z.object({
  kind: z.union([z.enum(EntryKind), z.literal("EXCERPT")], { error: "Unknown kind." }),
  q: z.string().trim().max(200).default(""),
});

export type PickerOption = { id: string; label: string; hint?: string };

/** Options for a picker field: published entries of a kind (or seed excerpts) matching the text. */
export async function pickerOptions({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZPicker> }): Promise<PickerOption[]> {
  assertRole(actor, "EDITOR");
  const { kind, q } = parseOrThrow(ZPicker, input);
  if (kind === "EXCERPT") {
    const rows = await db.excerpt.findMany({
      where: q ? { text: { contains: q, mode: "insensitive" } } : {},
      orderBy: [{ sourceId: "asc" }, { position: "asc" }],
      take: 20,
      select: { id: true, text: true, source: { select: { title: true } } },
    });
    return rows.map((r) => ({ id: r.id, label: r.text.length > 140 ? `${r.text.slice(0, 140)}…` : r.text, hint: r.source.title }));
  }
  const rows = await db.entry.findMany({
    where: { kind: kind as EntryKind, status: "PUBLISHED", ...(q ? { OR: [{ label: { contains: q, mode: "insensitive" } }, { id: { contains: q.toLowerCase() } }] } : {}) },
    orderBy: { label: "asc" },
    take: 20,
    select: { id: true, label: true },
  });
  return rows.map((r) => ({ id: r.id, label: r.label, hint: r.id }));
}
