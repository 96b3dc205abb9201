import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";
import { PRESENCE_EXPIRES_MS } from "./timing.ts";

export const ZTrackPresence = z.object({
  entryId: ZEntryId,
  /** One per browser tab, made by the tab: the same person in two tabs is two editors of one draft. */
  tabId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "Not a valid tab." }),
  leaving: z.coerce.boolean().default(false),
});
export type TTrackPresence = z.input<typeof ZTrackPresence>;

export type Presence = { name: string; since: string; you: boolean };

/**
 * Records that this tab has the entry's form open (or has left it) and tells who else has it
 * open: "Demo Editor is editing this entry since 19:36". It informs, it never blocks. Not
 * audited: it changes no content, and a heartbeat every 30 seconds would drown the log.
 */
export async function trackPresence({ db, actor, input, now = new Date() }: { db: Db; actor: Actor | null; input: TTrackPresence; now?: Date }): Promise<Presence[]> {
  assertCan(actor, "entry.read");
  const { entryId, tabId, leaving } = parseOrThrow(ZTrackPresence, input);
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { version: true, createdById: true } });
  if (!entry) throw new NotFoundError("That entry does not exist.");
  assertCan(actor, "entry.view", entry);
  const key = { entryId, userId: actor.id, tabId };
  const stale = new Date(now.getTime() - PRESENCE_EXPIRES_MS);
  // Gone quiet first (a laptop asleep): coming back starts a new session of editing.
  await db.editingPresence.deleteMany({ where: { entryId, seenAt: { lt: stale } } });
  if (leaving) await db.editingPresence.deleteMany({ where: key });
  else await db.editingPresence.upsert({ where: { entryId_userId_tabId: key }, create: { ...key, since: now, seenAt: now }, update: { seenAt: now } });
  const others = await db.editingPresence.findMany({
    where: { entryId, seenAt: { gte: stale }, NOT: key },
    orderBy: { since: "asc" },
    select: { since: true, userId: true, user: { select: { name: true } } },
  });
  return others.map((p) => ({ name: p.user.name, since: p.since.toISOString(), you: p.userId === actor.id }));
}
