import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { can, ROLES, type Actor, type PlainPermission } from "@atlas/core";
import type { Role } from "@atlas/db/enums";

import { auth } from "./next-auth.ts";

/** The signed-in actor for this request, checked against the database; null when anonymous. */
export const getSession = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; email?: string; name?: string; role?: string } | undefined;
  if (!user?.id || !ROLES.includes(user.role as Role)) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? "", role: user.role as Role };
});

/**
 * For pages and layouts: the actor, or a redirect to sign-in (anonymous) or a 403 page (core's
 * permission table says no). Server actions do not run layouts: they pass getSession() to core,
 * whose use cases ask the same table.
 */
export async function requirePermission(permission: PlainPermission, returnTo = "/"): Promise<Actor> {
  const actor = await getSession();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
