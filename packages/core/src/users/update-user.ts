import type { Db, Tx } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { corePolicyFromEnv, type CorePolicy } from "../env.ts";
import { NotFoundError, parseOrThrow, StateError } from "../errors.ts";
import { describeSchedules, OPEN_SCHEDULES } from "../schedules/list-schedules.ts";
import { settleSchedulesOf } from "../schedules/settle-schedules.ts";
import { hashPassword } from "./password.ts";
import { ZSetPassword, ZSetUserActive, ZUpdateUser, type TSetPassword, type TSetUserActive, type TUpdateUser } from "./schemas.ts";

async function otherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
}

async function loadUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("That user does not exist.");
  return user;
}

/**
 * Renames a user or changes their role; a role change ends their sessions. An admin made an editor
 * loses their scheduled changes in the same step: `schedules` says whether the admin doing it
 * takes them over or cancels them (asked for when there are some).
 */
export async function updateUser({ db, actor, input, policy = corePolicyFromEnv() }: { db: Db; actor: Actor | null; input: TUpdateUser; policy?: CorePolicy }) {
  assertCan(actor, "users.manage");
  const { userId, name, role, schedules } = parseOrThrow(ZUpdateUser, input);
  return db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    const roleChanges = role !== undefined && role !== user.role;
    // Stryker disable next-line ConditionalExpression: only an active admin gets here, and promoting someone else leaves that admin, so the count is never 0 for a non-admin
    if (roleChanges && user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) throw new StateError("The site needs at least one active admin.");
    const settled = roleChanges && role === "EDITOR" ? await settleSchedulesOf(tx, actor, user, schedules, policy) : 0;
    await tx.user.update({ where: { id: userId }, data: { ...(name ? { name } : {}), ...(roleChanges ? { role, sessionVersion: { increment: 1 } } : {}) } });
    if (roleChanges) await writeAudit(tx, { actor, action: "user.role_change", targetType: "User", targetId: userId, data: { email: user.email, from: user.role, to: role } });
    if (name && name !== user.name) await writeAudit(tx, { actor, action: "user.update", targetType: "User", targetId: userId, data: { email: user.email, name } });
    return { userId, schedules: settled };
  });
}

/**
 * Deactivates (ending every session at once) or reactivates a user. Their scheduled changes are
 * taken over or cancelled in the same step (`schedules`, asked for when there are some).
 */
export async function setUserActive({ db, actor, input, policy = corePolicyFromEnv() }: { db: Db; actor: Actor | null; input: TSetUserActive; policy?: CorePolicy }) {
  assertCan(actor, "users.manage");
  const { userId, active, schedules } = parseOrThrow(ZSetUserActive, input);
  return db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    if (!active && userId === actor.id) throw new StateError("You cannot deactivate yourself.");
    // Stryker disable next-line ConditionalExpression,LogicalOperator: only an active admin gets here, and a reactivation or an editor's deactivation leaves that admin, so the count is never 0 for those
    if (!active && user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) throw new StateError("The site needs at least one active admin.");
    if (user.active === active) return { userId, schedules: 0 };
    const settled = active ? 0 : await settleSchedulesOf(tx, actor, user, schedules, policy);
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actor, action: active ? "user.reactivate" : "user.deactivate", targetType: "User", targetId: userId, data: { email: user.email } });
    return { userId, schedules: settled };
  });
}

/** Sets a new password (ends the user's sessions). */
export async function setUserPassword({ db, actor, input }: { db: Db; actor: Actor | null; input: TSetPassword }) {
  assertCan(actor, "users.manage");
  const { userId, password } = parseOrThrow(ZSetPassword, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actor, action: "user.password_change", targetType: "User", targetId: userId, data: { email: user.email } });
    return { userId };
  });
}

/** Users for the admin page, admins first, each with the scheduled changes that would run with their powers. */
export async function listUsers({ db, actor }: { db: Db; actor: Actor | null }) {
  assertCan(actor, "users.manage");
  const users = await db.user.findMany({
    // Roles are declared EDITOR, ADMIN: descending puts admins first.
    orderBy: [{ active: "desc" }, { role: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true, createdAt: true },
  });
  const schedules = await describeSchedules(db, { status: { in: [...OPEN_SCHEDULES] } });
  return users.map((u) => ({ ...u, schedules: schedules.filter((s) => s.byId === u.id) }));
}
