import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { NotFoundError, parseOrThrow } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";

export const ZWatch = z.object({ entryId: ZEntryId, watch: z.boolean() });

/**
 * Starts or stops watching an entry: a country's watchers hear of every published change that
 * touches its page; an entry's, of changes to it.
 */
export async function watchEntry({ db, actor, input }: { db: Db; actor: Actor | null; input: z.input<typeof ZWatch> }) {
  assertCan(actor, "inbox.read");
  const { entryId, watch } = parseOrThrow(ZWatch, input);
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { version: true, createdById: true } });
  if (!entry) throw new NotFoundError("That entry does not exist.");
  assertCan(actor, "entry.view", entry);
  const key = { userId_entryId: { userId: actor.id, entryId } };
  if (watch) await db.watch.upsert({ where: key, create: { userId: actor.id, entryId }, update: {} });
  else await db.watch.deleteMany({ where: { userId: actor.id, entryId } });
  return { entryId, watching: watch };
}

/** Whether one watches this entry. */
export async function isWatching({ db, actor, input }: { db: Db; actor: Actor | null; input: { entryId: string } }): Promise<boolean> {
  assertCan(actor, "inbox.read");
  if (!ZEntryId.safeParse(input.entryId).success) return false;
  return Boolean(await db.watch.findUnique({ where: { userId_entryId: { userId: actor.id, entryId: input.entryId } } }));
}
