import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { enqueueJobs } from "../jobs/enqueue-job.ts";
import { lockReport } from "./lock-report.ts";
import { ZCloseReport, type TCloseReport } from "./schemas.ts";

/**
 * Closes a reader's correction with a reply (what was done, or why nothing was): from open, or
 * once its change set is under way. The reply is e-mailed to the reader when they left an address.
 */
export async function closeReport({ db, actor, input }: { db: Db; actor: Actor | null; input: TCloseReport }) {
  assertCan(actor, "report.handle");
  const { reportId, reply } = parseOrThrow(ZCloseReport, input);
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, reportId, ["OPEN", "IN_CHANGE_SET"]);
    await tx.report.update({ where: { id: report.id }, data: { status: "CLOSED", reply, handledById: actor.id, handledAt: new Date() } });
    await tx.notification.updateMany({ where: { reportId: report.id, readAt: null }, data: { readAt: new Date() } });
    if (report.email) await enqueueJobs(tx, "report.reply", [{ reportId: report.id }]);
    await writeAudit(tx, { actor, action: "report.close", targetType: "Report", targetId: report.id, data: { entryId: report.entryId, replied: Boolean(report.email) } });
    return { reportId: report.id, emailed: Boolean(report.email) };
  });
}
