import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import { parseOrThrow } from "../errors.ts";
import { hashPassword } from "./password.ts";
import { ZCreateUser, type TCreateUser } from "./schemas.ts";

/**
 * Creates a user, or resets the password and role of an existing one, without a signed-in
 * actor: for the command line only (the first admin of a deployment, the embedded demo's
 * sign-ins, end-to-end tests). Never reachable from the apps.
 */
export async function bootstrapUser({ db, input, via }: { db: Db; input: TCreateUser; via: string }) {
  const data = parseOrThrow(ZCreateUser, input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name: data.name, role: data.role, passwordHash, active: true, sessionVersion: { increment: 1 } } })
      : await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash } });
    await writeAudit(tx, {
      actor: null,
      actorEmail: `(${via})`,
      action: existing ? "user.password_change" : "user.create",
      targetType: "User",
      targetId: user.id,
      data: { email: user.email, role: user.role, via },
    });
    return { id: user.id, email: user.email, role: user.role };
  });
}
