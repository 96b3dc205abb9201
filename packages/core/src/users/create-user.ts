import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow, ValidationError } from "../errors.ts";
import { hashPassword } from "./password.ts";
import { ZCreateUser, type TCreateUser } from "./schemas.ts";

/** An admin adds an editor or admin, with a first password to hand over. */
export async function createUser({ db, actor, input }: { db: Db; actor: Actor | null; input: TCreateUser }) {
  assertCan(actor, "users.manage");
  const data = parseOrThrow(ZCreateUser, input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email } })) throw new ValidationError({ email: ["There is already an account with this email."] });
    const user = await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash }, select: { id: true, email: true, name: true, role: true } });
    await writeAudit(tx, { actor, action: "user.create", targetType: "User", targetId: user.id, data: { email: user.email, role: user.role } });
    return user;
  });
}
