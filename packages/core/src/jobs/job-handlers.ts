import type { Db } from "@atlas/db";

import { planSearchRefresh, refreshEntries } from "../entries/search-refresh.ts";
import type { JobData, JobName } from "./job-queues.ts";

/** What the worker does with each job; every handler is idempotent (a job may run twice). */
export const JOB_HANDLERS: { [N in JobName]: (db: Db, data: JobData[N]) => Promise<unknown> } = {
  "search.plan-refresh": (db, data) => planSearchRefresh(db, data.entryId),
  "search.refresh": (db, data) => refreshEntries(db, data.ids),
};
