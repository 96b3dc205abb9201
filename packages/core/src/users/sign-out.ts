import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";

/**
 * Signing out ends every session of the user on the server: the session version they carry is
 * bumped, so a copied or leftover session cookie is refused from then on (not only this browser's).
 */
export async function signOut({ db, actor }: { db: Db; actor: Actor }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actor, action: "auth.sign_out", targetType: "User", targetId: actor.id });
  });
}
