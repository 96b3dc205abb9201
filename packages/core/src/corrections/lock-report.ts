import type { Tx } from "@atlas/db";
import type { ReportStatus } from "@atlas/db/enums";

import { NotFoundError, StateError } from "../errors.ts";

const SAID: Record<ReportStatus, string> = { OPEN: "still open", IN_CHANGE_SET: "already being worked on in a change set", CLOSED: "already closed" };

/** Locks a report for the rest of the transaction (two editors acting at once: one waits, then reads the other's result) and checks its state. */
export async function lockReport(tx: Tx, reportId: string, allowed: ReportStatus[]) {
  await tx.$queryRaw`SELECT 1 FROM "Report" WHERE "id" = ${reportId} FOR UPDATE`;
  const report = await tx.report.findUnique({ where: { id: reportId }, include: { entry: { select: { id: true, kind: true, status: true, label: true } } } });
  if (!report) throw new NotFoundError("That report does not exist.");
  if (!allowed.includes(report.status)) throw new StateError(`That report is ${SAID[report.status]}.`);
  return report;
}
