import type { Role } from "@atlas/db/enums";

import { ForbiddenError, UnauthenticatedError } from "../errors.ts";

/** Who is acting: the signed-in user as the apps resolved it from a live session. */
export type Actor = { id: string; email: string; name: string; role: Role };

const RANK: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };

/** Throws unless there is an actor with at least `role` (an admin can do all an editor can). */
export function assertRole(actor: Actor | null | undefined, role: Role): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (RANK[actor.role] < RANK[role]) throw new ForbiddenError(role === "ADMIN" ? "Only admins can do that." : "You are not allowed to do that.");
}

export const isAdmin = (actor: Actor | null | undefined) => actor?.role === "ADMIN";
