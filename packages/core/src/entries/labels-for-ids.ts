import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { namesOfIds } from "./entry-names.ts";

/** Labels of every entry or excerpt id a payload mentions, so a form can show names, not ids. */
export async function labelsForPayload({ db, actor, payload }: { db: Db; actor: Actor | null; payload: unknown }): Promise<Record<string, string>> {
  assertCan(actor, "entry.read");
  return Object.fromEntries(await namesOfIds(db, [payload], 140));
}
