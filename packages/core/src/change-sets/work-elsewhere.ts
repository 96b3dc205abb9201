import type { Db, Tx } from "@atlas/db";
import type { RevisionStatus } from "@atlas/db/enums";

import { ENTRY_ID_PATTERN } from "../entries/entry-names.ts";
import { excerptIdsOf } from "./change-set-entries.ts";

// Two pieces of work by one author may build on each other: a source drafted in one change set
// is cited from another. The set that links to the other's new entry waits for it: it can be
// submitted, and it is approved after the other, or together with it.

/** A revision on its way to the public: still being written, waiting for review, or scheduled. */
export const ON_ITS_WAY = ["DRAFT", "CHANGES_REQUESTED", "SUBMITTED", "SCHEDULED"] as const satisfies readonly RevisionStatus[];

/**
 * The author's new work in their other change sets, by id → that set's id: entries not published
 * yet and the passages of sources (new or edited) that are not published yet. A draft may link to
 * them; its change set then waits for theirs.
 */
export async function workElsewhere(tx: Db | Tx, authorId: string | null | undefined, changeSetId: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (!authorId) return found;
  const where = { authorId, changeSetId: { not: changeSetId }, action: "UPSERT" as const, status: { in: [...ON_ITS_WAY] } };
  // Payloads are read for sources only (their passages): saves run this, and drafts can be long.
  const [rows, sources] = await Promise.all([
    tx.revision.findMany({ where: { ...where, entry: { status: { not: "PUBLISHED" } } }, select: { entryId: true, changeSetId: true } }),
    tx.revision.findMany({ where: { ...where, kind: "SOURCE" }, select: { payload: true, changeSetId: true } }),
  ]);
  for (const r of rows) found.set(r.entryId, r.changeSetId);
  for (const r of sources) for (const id of excerptIdsOf(r.payload)) found.set(id, r.changeSetId);
  return found;
}

/** Every id-shaped value in a payload (links, citations, passages), at any depth. */
function idsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string" && ENTRY_ID_PATTERN.test(value)) out.add(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) idsIn(v, out);
  return out;
}

export type DependencyState = "writing" | "submitted" | "scheduled";
/** Another change set this one waits for: what it needs from it, and where that set stands. */
export type Dependency = { changeSetId: string; state: DependencyState; publishAt: Date | null; needs: { id: string; label: string }[] };

type Revision = { entryId: string; kind: string; action: string; payload: unknown; changeSetId: string; authorId: string | null };

/**
 * The other change sets these revisions need published first: those holding a new entry, or a
 * new passage, that they link to or cite. Sets named in `among` are not counted (they are
 * published together).
 */
export async function dependenciesOf(tx: Db | Tx, revisions: Revision[], among: string[]): Promise<Dependency[]> {
  return (await dependenciesOfSets(tx, [revisions], among))[0]!;
}

/**
 * dependenciesOf for several groups of revisions at once (a page of the review queue), in a
 * fixed number of queries whatever the number of groups.
 */
export async function dependenciesOfSets(tx: Db | Tx, groups: Revision[][], among: string[]): Promise<Dependency[][]> {
  const wanted = groups.map((revisions) => {
    const upserts = revisions.filter((r) => r.action === "UPSERT");
    const own = new Set([...upserts.map((r) => r.entryId), ...upserts.filter((r) => r.kind === "SOURCE").flatMap((r) => excerptIdsOf(r.payload))]);
    return [
      ...idsIn(
        upserts.map((r) => r.payload),
        new Set(),
      ),
    ].filter((id) => !own.has(id));
  });
  const ids = [...new Set(wanted.flat())];
  // Stryker disable next-line ConditionalExpression: with no ids the queries below find nothing; this saves them
  if (!ids.length) return groups.map(() => []);
  const authors = [
    ...new Set(
      groups
        .flat()
        .map((r) => r.authorId)
        .filter((a): a is string => a !== null),
    ),
  ];
  const [entries, excerpts] = await Promise.all([
    tx.entry.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } }),
    tx.excerpt.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  ]);
  const known = new Set([...entries.map((e) => e.id), ...excerpts.map((e) => e.id)]);
  const unpublished = entries.filter((e) => e.status !== "PUBLISHED").map((e) => e.id);
  // What is neither an entry nor a published passage may be a passage of a source still being written.
  const passages = ids.filter((id) => !known.has(id));
  const where = { action: "UPSERT" as const, status: { in: [...ON_ITS_WAY] } };
  const select = { entryId: true, label: true, status: true, changeSetId: true, payload: true } as const;
  const makers = [
    ...(unpublished.length ? await tx.revision.findMany({ where: { ...where, entryId: { in: unpublished } }, select }) : []),
    ...(passages.length && authors.length ? await tx.revision.findMany({ where: { ...where, kind: "SOURCE", authorId: { in: authors } }, select }) : []),
  ].map((m) => ({ ...m, makes: new Set([m.entryId, ...excerptIdsOf(m.payload).filter((id) => passages.includes(id))]) }));
  const publishAt = new Map(
    (await tx.changeSet.findMany({ where: { id: { in: [...new Set(makers.map((m) => m.changeSetId))] } }, select: { id: true, publishAt: true } })).map((s) => [s.id, s.publishAt]),
  );
  return groups.map((revisions, g) => {
    const sets = new Set([...among, ...revisions.map((r) => r.changeSetId)]);
    const bySet = new Map<string, typeof makers>();
    for (const m of makers) if (!sets.has(m.changeSetId) && wanted[g]!.some((id) => m.makes.has(id))) bySet.set(m.changeSetId, [...(bySet.get(m.changeSetId) ?? []), m]);
    return [...bySet.entries()].map(([changeSetId, rows]) => {
      const state: DependencyState = rows.every((r) => r.status === "SCHEDULED") ? "scheduled" : rows.every((r) => r.status === "SUBMITTED") ? "submitted" : "writing";
      const needs = [...new Map(rows.map((r) => [r.entryId, { id: r.entryId, label: r.label }])).values()];
      return { changeSetId, state, publishAt: state === "scheduled" ? (publishAt.get(changeSetId) ?? null) : null, needs };
    });
  });
}

/**
 * The author's other open change sets that link to or cite the new work of this one (they wait
 * for it), each with the labels of its entries that do.
 */
export async function dependentsOf(tx: Db | Tx, revisions: Revision[], changeSetId: string): Promise<{ changeSetId: string; labels: string[] }[]> {
  const upserts = revisions.filter((r) => r.action === "UPSERT");
  const published = new Set((await tx.entry.findMany({ where: { id: { in: upserts.map((r) => r.entryId) }, status: "PUBLISHED" }, select: { id: true } })).map((e) => e.id));
  const mine = new Set([
    ...upserts.filter((r) => !published.has(r.entryId)).map((r) => r.entryId),
    ...upserts.filter((r) => r.kind === "SOURCE").flatMap((r) => excerptIdsOf(r.payload)),
  ]);
  const authorId = revisions[0]?.authorId;
  if (!mine.size || !authorId) return [];
  const others = await tx.revision.findMany({
    where: { authorId, changeSetId: { not: changeSetId }, action: "UPSERT", status: { in: [...ON_ITS_WAY] } },
    select: { changeSetId: true, label: true, payload: true, entryId: true },
  });
  const bySet = new Map<string, string[]>();
  for (const r of others)
    if ([...idsIn(r.payload, new Set())].some((id) => mine.has(id) && id !== r.entryId)) bySet.set(r.changeSetId, [...(bySet.get(r.changeSetId) ?? []), r.label]);
  return [...bySet.entries()].map(([id, labels]) => ({ changeSetId: id, labels }));
}

/** What a change set is called in lists: its event (a paste's main entry) or first entry, and how many more. */
export function changeSetTitle(entries: { kind: string; label: string }[]): string {
  const main = entries.find((e) => e.kind === "EVENT") ?? entries[0];
  if (!main) return "Empty change set";
  return entries.length === 1 ? main.label : `${main.label} and ${entries.length - 1} more`;
}

/** Titles of change sets by id, from their entries still on their way (or all, once none is). */
export async function changeSetTitles(db: Db | Tx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.revision.findMany({
    where: { changeSetId: { in: ids } },
    orderBy: { createdAt: "asc" },
    select: { changeSetId: true, kind: true, label: true, status: true },
  });
  return new Map(
    ids.map((id) => {
      const mine = rows.filter((r) => r.changeSetId === id);
      const open = mine.filter((r) => (ON_ITS_WAY as readonly string[]).includes(r.status));
      return [id, changeSetTitle(open.length ? open : mine)];
    }),
  );
}
