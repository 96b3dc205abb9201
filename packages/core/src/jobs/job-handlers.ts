import type { Db } from "@atlas/db";

import { sendReportReply } from "../corrections/send-report-reply.ts";
import { planSearchRefresh, refreshEntries } from "../entries/search-refresh.ts";
import type { MailSettings } from "../env.ts";
import { sendNotificationEmails } from "../inbox/send-notification-emails.ts";
import type { RevalidationSender } from "../revalidation/outbox.ts";
import { runSchedule } from "../schedules/run-schedule.ts";
import type { JobData, JobName } from "./job-queues.ts";

/** What a worker process brings to its jobs: the database, and where it tells the public site and sends mail. */
export type JobContext = { db: Db; send?: RevalidationSender; mail: MailSettings | null };

/** What the worker does with each job; every handler is idempotent (a job may run twice). */
export const JOB_HANDLERS: { [N in JobName]: (ctx: JobContext, data: JobData[N]) => Promise<unknown> } = {
  "search.plan-refresh": ({ db }, data) => planSearchRefresh(db, data.entryId),
  "search.refresh": ({ db }, data) => refreshEntries(db, data.ids),
  "notify.email": ({ db, mail }, data) => sendNotificationEmails(db, data.ids, mail),
  "schedule.run": ({ db, send }, data) => runSchedule(db, data.scheduleId, send),
  "report.reply": ({ db, mail }, data) => sendReportReply(db, data.reportId, mail),
};
