// The job queue (pg-boss): installing it, sending jobs in a transaction, and working them.
export { drainJobs } from "./drain-jobs.ts";
export { enqueueJobs } from "./enqueue-job.ts";
export { installJobQueues } from "./install-job-queues.ts";
export { JOB_QUEUES, JOB_TITLES, type JobData, type JobName } from "./job-queues.ts";
export { listJobProblems, type FailedJob } from "./list-failed-jobs.ts";
export { retryFailedJob, ZRetryJob } from "./retry-failed-job.ts";
export { startJobWorker, type JobWorker } from "./start-job-worker.ts";
export { upgradeDatabase } from "./upgrade-database.ts";
