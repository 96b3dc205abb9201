import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";

export const ZOpenNotification = z.object({ notificationId: z.uuid({ error: "Not a valid notification." }) });

/**
 * Opening one of one's notifications: it is read from then on, and the answer is the page it is
 * about (its change set, revision or entry; the inbox when it names none). Others' notifications
 * do not exist for the actor.
 */
export async function openNotification({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZOpenNotification> }) {
  assertCan(actor, "inbox.read");
  const { notificationId } = parseOrThrow(ZOpenNotification, input);
  const n = await db.notification.findFirst({ where: { id: notificationId, userId: actor.id } });
  if (!n) throw new NotFoundError("That notification does not exist.");
  if (!n.readAt) await db.notification.updateMany({ where: { id: n.id, readAt: null }, data: { readAt: new Date() } });
  const href = n.reportId
    ? `/reports/${n.reportId}`
    : n.changeSetId
      ? `/change-sets/${n.changeSetId}`
      : n.revisionId
        ? `/revisions/${n.revisionId}`
        : n.entryId
          ? `/entries/${n.entryId}`
          : "/inbox";
  return { href };
}
