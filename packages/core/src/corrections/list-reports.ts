import { type z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";
import { ZListReports, ZReportRef, type TReportRef } from "./schemas.ts";

const select = {
  id: true,
  pagePath: true,
  message: true,
  email: true,
  name: true,
  status: true,
  reply: true,
  replyEmailedAt: true,
  createdAt: true,
  handledAt: true,
  changeSetId: true,
  entry: { select: { id: true, label: true, kind: true, status: true } },
  handledBy: { select: { name: true } },
} as const;

/** Readers' corrections in one state (open ones first of all), newest first, and how many are open. */
export async function listReports({ db, actor, input = {} }: { db: Db; actor: Actor | null; input?: z.input<typeof ZListReports> }) {
  assertCan(actor, "report.read");
  const { status } = parseOrThrow(ZListReports, input);
  const [items, open] = await Promise.all([
    db.report.findMany({ where: { status }, orderBy: { createdAt: "desc" }, take: 200, select }),
    db.report.count({ where: { status: "OPEN" } }),
  ]);
  return { items, open };
}

/** One reader's correction, with the entry it is about. */
export async function getReport({ db, actor, input }: { db: Db; actor: Actor | null; input: TReportRef }) {
  assertCan(actor, "report.read");
  // An address that is no report's id names no report: not found, like any other.
  const parsed = ZReportRef.safeParse(input);
  const report = parsed.success ? await db.report.findUnique({ where: { id: parsed.data.reportId }, select }) : null;
  if (!report) throw new NotFoundError("That report does not exist.");
  return report;
}

export type ReportView = Awaited<ReturnType<typeof getReport>>;
