import type { Db, Prisma, Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";

/** Audit actions; the audit page filters on them. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "revision.save",
  "revision.submit",
  "revision.withdraw",
  "revision.discard",
  "revision.approve",
  "revision.reject",
  "revision.request_changes",
  "changeset.approve",
  "changeset.schedule",
  "changeset.return",
  "changeset.move",
  "changeset.merge",
  "schedule.run",
  "schedule.cancel",
  "schedule.failed",
  "schedule.hold",
  "schedule.take_over",
  "entry.publish",
  "entry.unpublish",
  "entry.delete",
  "user.create",
  "user.update",
  "user.role_change",
  "user.deactivate",
  "user.reactivate",
  "user.password_change",
  "revalidation.failed",
  "revalidation.retry",
  "job.retry",
  "report.receive",
  "report.change_set",
  "report.close",
  "seed.import",
  "database.restore",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Appends one audit row inside the caller's transaction (the table refuses edits). */
export async function writeAudit(
  tx: Db | Tx,
  entry: { actor: Actor | null; actorEmail?: string; action: AuditAction; targetType?: string; targetId?: string; data?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? entry.actorEmail ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      data: entry.data ?? {},
    },
  });
}
