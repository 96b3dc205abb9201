"use server";

import { getSession, signInWithPassword, signOutUser } from "@atlas/auth";
import { signOut } from "@atlas/core/users";
import { getDb } from "@atlas/db";

import type { ActionState } from "@/lib/action-state";

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const message = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""), String(form.get("callbackUrl") ?? "/"));
  return { ok: false, message };
}

export async function signOutAction(): Promise<void> {
  const actor = await getSession();
  if (actor) await signOut({ db: getDb(), actor });
  await signOutUser();
}
