import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";

/** One's notifications, newest first; unread ones first among equals. */
export async function listInbox({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "inbox.read");
  const [items, unread] = await Promise.all([
    db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 100 }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  return { items, unread };
}

/** How many notifications one has not read (the header's badge). */
export async function countUnread({ db, actor }: { db: Db; actor: Actor | null }): Promise<number> {
  assertCan(actor, "inbox.read");
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
