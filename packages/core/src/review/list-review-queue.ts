import { z } from "zod";

import type { Db, Prisma } from "@atlas/db";
import { EntryKind } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { changeSetTitle, changeSetTitles, dependenciesOfSets } from "../change-sets/work-elsewhere.ts";
import { parseOrThrow } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";
import { countryFields } from "../kinds/forms.ts";
import { ALL_KINDS } from "../kinds/registry.ts";
import { keysetPage, ZPageRequest } from "../paging/keyset.ts";
import type { QueryOf } from "../text.ts";

export const ZQueueFilter = z.object({
  kind: z.enum(EntryKind).optional().catch(undefined),
  countryId: ZEntryId.optional().catch(undefined),
  authorId: z.uuid().optional().catch(undefined),
  ...ZPageRequest,
});

export const QUEUE_PAGE_SIZE = 50;
export type TQueueFilter = QueryOf<typeof ZQueueFilter>;

// Payload fields that name a country, for the country filter, whatever the kind.
const COUNTRY_FIELDS = [...new Set(ALL_KINDS.flatMap((k) => countryFields(k).single))];
const COUNTRY_LISTS = [...new Set(ALL_KINDS.flatMap((k) => countryFields(k).lists))];

/**
 * What waits for review, a change set at a time (a set is reviewed and published as one), the
 * longest-waiting first: each with its entries beneath, its author, and the other sets it waits
 * for. Filters keep the sets with at least one entry that matches.
 */
export async function listReviewQueue({ db, actor, input = {} }: { db: Db; actor: Actor | null; input?: TQueueFilter }) {
  assertCan(actor, "review.read");
  const f = parseOrThrow(ZQueueFilter, input);
  const countryId = f.countryId;
  const where: Prisma.RevisionWhereInput = {
    status: "SUBMITTED",
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.authorId ? { authorId: f.authorId } : {}),
    ...(countryId
      ? {
          OR: [
            { entryId: countryId },
            ...COUNTRY_FIELDS.map((field) => ({ payload: { path: [field], equals: countryId } })),
            ...COUNTRY_LISTS.map((field) => ({ payload: { path: [field], array_contains: [countryId] } })),
          ],
        }
      : {}),
  };
  const [sets, page] = await Promise.all([
    db.revision.groupBy({ by: ["changeSetId"], where }),
    keysetPage(f, {
      size: QUEUE_PAGE_SIZE,
      // Stryker disable next-line StringLiteral: the cursor decoder reads any shape other than "integer" and "string" as an instant, so "" decodes the same
      shape: ["instant", "string"],
      read: (cursor, backwards, take) => {
        // Stryker disable next-line ArrayDeclaration: the no-cursor branch; at and id are read only when there is a cursor
        const [at, id] = cursor ? [new Date(cursor[0] as string), cursor[1] as string] : [];
        const order = backwards ? "desc" : "asc";
        // A set waits since its first entry was sent to review.
        return db.revision.groupBy({
          by: ["changeSetId"],
          where,
          _min: { submittedAt: true },
          having: cursor
            ? {
                OR: [
                  { submittedAt: { _min: backwards ? { lt: at } : { gt: at } } },
                  { AND: [{ submittedAt: { _min: { equals: at } } }, { changeSetId: backwards ? { lt: id } : { gt: id } }] },
                ],
              }
            : undefined,
          orderBy: [{ _min: { submittedAt: order } }, { changeSetId: order }],
          take,
        });
      },
      keyOf: (g) => [g._min.submittedAt!.toISOString(), g.changeSetId],
    }),
  ]);
  return { ...page, rows: await describeSets(db, page.rows), total: sets.length, filter: f };
}

/** The queue's sets as the page shows them: title, author, waiting since, entries, what each waits for. */
async function describeSets(db: Db, groups: { changeSetId: string; _min: { submittedAt: Date | null } }[]) {
  const ids = groups.map((g) => g.changeSetId);
  const revisions = await db.revision.findMany({
    where: { changeSetId: { in: ids }, status: "SUBMITTED" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      entryId: true,
      changeSetId: true,
      kind: true,
      action: true,
      label: true,
      baseVersion: true,
      payload: true,
      authorId: true,
      message: true,
      entry: { select: { version: true, status: true } },
      author: { select: { id: true, name: true, email: true } },
      changeSet: { select: { note: true } },
    },
  });
  const bySet = ids.map((id) => revisions.filter((r) => r.changeSetId === id));
  const waits = await dependenciesOfSets(db, bySet, []);
  const titles = await changeSetTitles(db, [...new Set(waits.flat().map((d) => d.changeSetId))]);
  return groups.map((g, i) => {
    const rows = bySet[i]!;
    return {
      id: g.changeSetId,
      title: changeSetTitle(rows),
      submittedAt: g._min.submittedAt!,
      author: rows[0]?.author ?? null,
      note: rows[0]?.changeSet.note ?? null,
      entries: rows.map((r) => ({
        revisionId: r.id,
        entryId: r.entryId,
        kind: r.kind,
        action: r.action,
        label: r.label,
        message: r.message,
        isNew: r.entry.version === 0,
        conflict: r.entry.version !== r.baseVersion,
      })),
      waitsFor: waits[i]!.map((d) => ({ changeSetId: d.changeSetId, title: titles.get(d.changeSetId)!, state: d.state, publishAt: d.publishAt })),
    };
  });
}

/** People with something in the queue, for the author filter. */
export async function listQueueAuthors({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "review.read");
  return db.user.findMany({ where: { authored: { some: { status: "SUBMITTED" } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
