import nodemailer from "nodemailer";

import type { Db } from "@atlas/db";

import type { MailSettings } from "../env.ts";

const transports = new Map<string, ReturnType<typeof nodemailer.createTransport>>();

/** One SMTP transport per server, reused by every job of the process. */
export function transportFor(mail: MailSettings) {
  const transport = transports.get(mail.smtpUrl) ?? nodemailer.createTransport(mail.smtpUrl);
  transports.set(mail.smtpUrl, transport);
  return transport;
}

/**
 * Job: e-mails these notifications to their users (each once: one already sent is skipped, so a
 * job that runs twice sends nothing twice). Without mail settings nothing is sent; the inbox
 * holds every notification either way.
 */
export async function sendNotificationEmails(db: Db, ids: string[], mail: MailSettings | null): Promise<number> {
  if (!mail || !ids.length) return 0;
  const transport = transportFor(mail);
  const notes = await db.notification.findMany({ where: { id: { in: ids }, emailedAt: null }, include: { user: { select: { email: true, name: true, active: true } } } });
  let sent = 0;
  for (const n of notes) {
    if (!n.user.active) continue;
    const link = n.reportId ? `${mail.adminUrl}/reports/${n.reportId}` : n.changeSetId ? `${mail.adminUrl}/change-sets/${n.changeSetId}` : `${mail.adminUrl}/inbox`;
    await transport.sendMail({
      from: mail.from,
      to: { name: n.user.name, address: n.user.email },
      subject: n.message.length > 120 ? `${n.message.slice(0, 117)}…` : n.message,
      text: [
        n.message,
        n.comment ? `\n${n.reportId ? "The reader wrote" : "The reviewer wrote"}:\n“${n.comment}”` : "",
        `\n${link}`,
        n.reportId ? "\nYou get this because you edit the atlas." : "\nYou get this because you wrote or watch this entry.",
      ].join("\n"),
    });
    await db.notification.update({ where: { id: n.id }, data: { emailedAt: new Date() } });
    sent++;
  }
  return sent;
}
