import { z } from "zod";

import type { Db, Prisma } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { keysetPage, ZPageRequest } from "../paging/keyset.ts";
import { ZFilterText, type QueryOf } from "../text.ts";
import { AUDIT_ACTIONS } from "./write-audit.ts";

export const AUDIT_PAGE_SIZE = 50;

export const ZAuditFilter = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: ZFilterText.optional().catch(undefined),
  target: ZFilterText.optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  ...ZPageRequest,
});
export type TAuditFilter = QueryOf<typeof ZAuditFilter>;

/** The audit log for admins, newest first, filterable; bad filter values are ignored. */
export async function listAuditLog({ db, actor, input = {} }: { db: Db; actor: Actor | null; input?: TAuditFilter }) {
  assertCan(actor, "audit.read");
  const f = parseOrThrow(ZAuditFilter, input);
  const where: Prisma.AuditLogWhereInput = {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actor ? { actorEmail: { contains: f.actor.toLowerCase() } } : {}),
    ...(f.target ? { OR: [{ targetId: { contains: f.target } }, { targetType: { equals: f.target, mode: "insensitive" } }] } : {}),
    ...(f.from || f.to
      ? { at: { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [total, page] = await Promise.all([
    db.auditLog.count({ where }),
    keysetPage(f, {
      size: AUDIT_PAGE_SIZE,
      shape: ["integer"],
      read: (cursor, backwards, take) =>
        db.auditLog.findMany({
          where: cursor ? { AND: [where, { id: backwards ? { gt: BigInt(cursor[0]!) } : { lt: BigInt(cursor[0]!) } }] } : where,
          orderBy: { id: backwards ? "asc" : "desc" },
          take,
          include: { actor: { select: { name: true } } },
        }),
      keyOf: (r) => [Number(r.id)],
    }),
  ]);
  return { ...page, rows: page.rows.map((r) => ({ ...r, id: r.id.toString() })), total, filter: f };
}
