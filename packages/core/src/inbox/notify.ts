import type { Tx } from "@atlas/db";
import type { NotificationKind } from "@atlas/db/enums";

import { enqueueJobs } from "../jobs/enqueue-job.ts";

type Note = {
  kind: NotificationKind;
  message: string;
  comment?: string | null;
  changeSetId?: string | null;
  entryId?: string | null;
  revisionId?: string | null;
  reportId?: string | null;
};

/**
 * Writes notifications in the caller's transaction (they exist exactly when what they tell
 * happened) and queues their e-mail, which the worker sends when SMTP is configured.
 */
export async function notify(tx: Tx, notes: (Note & { userId: string })[]): Promise<void> {
  if (!notes.length) return;
  const rows = await tx.notification.createManyAndReturn({ data: notes, select: { id: true } });
  await enqueueJobs(tx, "notify.email", [{ ids: rows.map((r) => r.id) }]);
}

/**
 * Tells the people watching these entries, or the countries a change touched, that it happened —
 * once each, and not those who did it or were already told.
 */
export async function notifyWatchers(tx: Tx, input: { entryIds: string[]; message: string; changeSetId?: string; except: (string | null)[] }): Promise<void> {
  const watchers = await tx.watch.findMany({ where: { entryId: { in: input.entryIds } }, select: { userId: true, entryId: true } });
  const told = new Set(input.except.filter((x): x is string => Boolean(x)));
  const notes: (Note & { userId: string })[] = [];
  for (const w of watchers) {
    if (told.has(w.userId)) continue;
    told.add(w.userId);
    notes.push({ userId: w.userId, kind: "WATCHED_CHANGED", message: input.message, changeSetId: input.changeSetId ?? null, entryId: w.entryId });
  }
  await notify(tx, notes);
}
