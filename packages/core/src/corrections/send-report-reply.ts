import type { Db } from "@atlas/db";

import type { MailSettings } from "../env.ts";
import { transportFor } from "../inbox/send-notification-emails.ts";

/**
 * Job: e-mails the editors' reply to the reader who left an address with their correction, once
 * (a job that runs twice finds it sent). Without mail settings nothing is sent; the reply stays on
 * the report either way.
 */
export async function sendReportReply(db: Db, reportId: string, mail: MailSettings | null): Promise<boolean> {
  if (!mail) return false;
  const report = await db.report.findUnique({ where: { id: reportId }, include: { entry: { select: { label: true } } } });
  if (!report?.email || !report.reply || report.replyEmailedAt) return false;
  await transportFor(mail).sendMail({
    from: mail.from,
    to: { name: report.name ?? "", address: report.email },
    subject: report.entry ? `Your correction to “${report.entry.label}”` : "Your message to the atlas",
    text: [report.reply, "", "You wrote:", `“${report.message}”`, "", "Thank you for helping keep the atlas accurate."].join("\n"),
  });
  await db.report.update({ where: { id: report.id }, data: { replyEmailedAt: new Date() } });
  return true;
}
