// The job queue (pg-boss): installing it, sending jobs in a transaction, and working them.
export { drainJobs } from "./drain-jobs.ts";
export { enqueueJobs } from "./enqueue-job.ts";
export { installJobQueues } from "./install-job-queues.ts";
export { JOB_QUEUES, type JobData, type JobName } from "./job-queues.ts";
export { startJobWorker, type JobWorker } from "./start-job-worker.ts";
export { upgradeDatabase } from "./upgrade-database.ts";
