import { z } from "zod";

import type { Db, Prisma } from "@atlas/db";

import { assertRole, type Actor } from "../auth/actor.ts";
import { parseOrThrow } from "../errors.ts";
import { AUDIT_ACTIONS } from "./write-audit.ts";

export const AUDIT_PAGE_SIZE = 50;

export const ZAuditFilter = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  target: z.string().trim().max(200).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TAuditFilter = z.input<typeof ZAuditFilter>;

/** The audit log for admins, newest first, filterable; bad filter values are ignored. */
export async function listAuditLog({ db, actor, input = {} }: { db: Db; actor: Actor | null; input?: TAuditFilter }) {
  assertRole(actor, "ADMIN");
  const f = parseOrThrow(ZAuditFilter, input);
  const where: Prisma.AuditLogWhereInput = {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actor ? { actorEmail: { contains: f.actor.toLowerCase() } } : {}),
    ...(f.target ? { OR: [{ targetId: { contains: f.target } }, { targetType: { equals: f.target, mode: "insensitive" } }] } : {}),
    ...(f.from || f.to
      ? { at: { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip: (f.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, include: { actor: { select: { name: true } } } }),
  ]);
  return { rows: rows.map((r) => ({ ...r, id: r.id.toString() })), total, page: f.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), filter: f };
}
