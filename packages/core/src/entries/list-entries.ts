import { z } from "zod";

import type { Db, Prisma } from "@atlas/db";
import { EntryKind, EntryStatus } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan, hasRole, OPEN_STATES } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { keysetPage, ZPageRequest } from "../paging/keyset.ts";
import { ZFilterText, type QueryOf } from "../text.ts";

export const ENTRIES_PAGE_SIZE = 50;

export const ZListEntries = z.object({
  kind: z.enum(EntryKind).optional().catch(undefined),
  status: z.enum(EntryStatus).optional().catch(undefined),
  q: ZFilterText.optional().catch(undefined),
  ...ZPageRequest,
});

/** Entries for editors to find and edit, recently changed first, with their state and open revisions. */
export async function listEntries({ db, actor, input = {} }: { db: Db; actor: Actor | null; input?: QueryOf<typeof ZListEntries> }) {
  assertCan(actor, "entry.read");
  const f = parseOrThrow(ZListEntries, input);
  const where: Prisma.EntryWhereInput = {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.q ? { OR: [{ label: { contains: f.q, mode: "insensitive" } }, { id: f.q.toLowerCase() }] } : {}),
    // Others' never-published drafts are not listed to editors (admins see them, read-only).
    ...(hasRole(actor, "ADMIN") ? {} : { NOT: { AND: [{ version: 0 }, { createdById: { not: null } }, { createdById: { not: actor.id } }] } }),
  };
  const [total, page] = await Promise.all([
    db.entry.count({ where }),
    keysetPage(f, {
      size: ENTRIES_PAGE_SIZE,
      shape: [
        // Stryker disable next-line StringLiteral: a cursor part of any type but "integer" or "string" is read as an instant
        "instant",
        "string",
      ],
      read: (cursor, backwards, take) => {
        // Stryker disable next-line ArrayDeclaration: without a cursor neither part is read
        const [at, id] = cursor ? [new Date(cursor[0] as string), cursor[1] as string] : [];
        // The first condition is implied by the second; it lets Postgres start the index scan there.
        const seek: Prisma.EntryWhereInput | undefined = cursor
          ? {
              // Stryker disable next-line ObjectLiteral: either bound is implied by the OR below (it only starts the index scan there)
              updatedAt: backwards ? { gte: at } : { lte: at },
              OR: [{ updatedAt: backwards ? { gt: at } : { lt: at } }, { updatedAt: at, id: backwards ? { lt: id } : { gt: id } }],
            }
          : undefined;
        return db.entry.findMany({
          where: seek ? { AND: [where, seek] } : where,
          orderBy: backwards ? [{ updatedAt: "asc" }, { id: "desc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            kind: true,
            label: true,
            status: true,
            version: true,
            updatedAt: true,
            _count: { select: { revisions: { where: { status: { in: [...OPEN_STATES] } } } } },
          },
        });
      },
      keyOf: (e) => [e.updatedAt.toISOString(), e.id],
    }),
  ]);
  return { ...page, total, filter: f };
}

/** Every published country, by name: the choices of a country filter (a few hundred at most). */
export async function listCountryChoices({ db, actor }: { db: Db; actor: Actor | null }): Promise<{ id: string; label: string }[]> {
  assertCan(actor, "entry.read");
  const rows = await db.entry.findMany({ where: { kind: "COUNTRY", status: "PUBLISHED" }, orderBy: { label: "asc" }, select: { id: true, label: true } });
  return rows.map((r) => ({ id: r.id, label: r.label }));
}
