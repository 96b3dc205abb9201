import { z } from "zod";

import type { Db, Prisma } from "@atlas/db";
import { EntryKind } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
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

/** Submitted revisions, oldest first (fair to the people who waited longest), a page at a time. */
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
  const select = {
    id: true,
    kind: true,
    action: true,
    label: true,
    submittedAt: true,
    baseVersion: true,
    message: true,
    entry: { select: { id: true, version: true, status: true } },
    author: { select: { id: true, name: true, email: true } },
  } as const;
  const [total, page] = await Promise.all([
    db.revision.count({ where }),
    keysetPage(f, {
      size: QUEUE_PAGE_SIZE,
      // Stryker disable next-line StringLiteral: the cursor decoder reads any shape other than "integer" and "string" as an instant, so "" decodes the same
      shape: ["instant", "string"],
      read: (cursor, backwards, take) => {
        // Stryker disable next-line ArrayDeclaration: the no-cursor branch; at and id are read only when there is a cursor
        const [at, id] = cursor ? [new Date(cursor[0] as string), cursor[1] as string] : [];
        // The first condition is implied by the second; it lets Postgres start the index scan there.
        const seek: Prisma.RevisionWhereInput | undefined = cursor
          ? {
              // Stryker disable next-line ObjectLiteral: implied by the OR below (only an index-scan hint), so dropping it returns the same rows
              submittedAt: backwards ? { lte: at } : { gte: at },
              OR: [{ submittedAt: backwards ? { lt: at } : { gt: at } }, { submittedAt: at, id: backwards ? { lt: id } : { gt: id } }],
            }
          : undefined;
        const order = backwards ? "desc" : "asc";
        return db.revision.findMany({ where: seek ? { AND: [where, seek] } : where, orderBy: [{ submittedAt: order }, { id: order }], take, select });
      },
      keyOf: (r) => [r.submittedAt!.toISOString(), r.id],
    }),
  ]);
  return { ...page, total, filter: f };
}

/** People with something in the queue, for the author filter. */
export async function listQueueAuthors({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "review.read");
  return db.user.findMany({ where: { authored: { some: { status: "SUBMITTED" } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
