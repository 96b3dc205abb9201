import type PgBoss from "pg-boss";

/**
 * The job queues (pg-boss, in the database's `pgboss` schema) and how each retries. A job is sent
 * inside the transaction whose commit it follows, so it exists exactly when that change does.
 */
export const JOB_QUEUES = {
  /** Finds the entries whose search documents and labels quote a renamed entry; splits them into batches. */
  "search.plan-refresh": { retryLimit: 8, retryDelay: 2, retryBackoff: true, expireInSeconds: 60 },
  /** Rewrites the labels and search documents of a batch of entries from their published payloads. */
  "search.refresh": { retryLimit: 8, retryDelay: 2, retryBackoff: true, expireInSeconds: 15 },
  /** Sends the e-mail of new notifications (when SMTP is configured). */
  "notify.email": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  /** Runs a scheduled publication or takedown when its time comes. */
  "schedule.run": { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
  /** E-mails an editor's reply to the reader who suggested a correction (when SMTP is configured). */
  "report.reply": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
} as const satisfies Record<string, Omit<PgBoss.Queue, "name">>;

/** What each job does, in the admins' words (the dashboard lists jobs that failed). */
export const JOB_TITLES: Record<JobName, string> = {
  "search.plan-refresh": "Finding what quotes a renamed entry",
  "search.refresh": "Refreshing labels and search results",
  "notify.email": "E-mailing notifications",
  "schedule.run": "Publishing or taking down at the scheduled time",
  "report.reply": "E-mailing a reply to a reader's correction",
};

export type JobName = keyof typeof JOB_QUEUES;

export type JobData = {
  "search.plan-refresh": { entryId: string };
  "search.refresh": { ids: string[] };
  "notify.email": { ids: string[] };
  "schedule.run": { scheduleId: string };
  "report.reply": { reportId: string };
};

/** Channel the sender notifies on commit, so that workers start at once instead of at their next poll. */
export const WAKE_CHANNEL = "atlas_jobs";
