import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";

export const ZMarkRead = z.object({ notificationId: z.uuid({ error: "Not a valid notification." }).optional() });

/** Marks one notification read, or (without an id) all of one's own. Only one's own are touched. */
export async function markRead({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZMarkRead> }) {
  assertCan(actor, "inbox.read");
  const { notificationId } = parseOrThrow(ZMarkRead, input);
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
