import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { writeAudit } from "../audit/write-audit.ts";

/** Sign-outs go in the audit log too. */
export async function recordSignOut({ db, actor }: { db: Db; actor: Actor }): Promise<void> {
  await writeAudit(db, { actor, action: "auth.sign_out", targetType: "User", targetId: actor.id });
}
