import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import type { Actor } from "@atlas/core";
import type { Role } from "@atlas/db/enums";

import { auth } from "./next-auth.ts";

/** The signed-in actor for this request, checked against the database; null when anonymous. */
export const getSession = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; email?: string; name?: string; role?: string } | undefined;
  if (!user?.id || (user.role !== "EDITOR" && user.role !== "ADMIN")) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? "", role: user.role as Role };
});

const RANK: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };

/**
 * For pages and layouts: the actor, or a redirect to sign-in (anonymous) or a 403 page (not
 * allowed). Server actions do not run layouts: they pass getSession() to core, which checks.
 */
export async function requireRole(role: Role, returnTo = "/"): Promise<Actor> {
  const actor = await getSession();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (RANK[actor.role] < RANK[role]) forbidden();
  return actor;
}
