"use server";

import { revalidatePath } from "next/cache";

import { getSession } from "@atlas/auth";
import { createUser, setUserActive, setUserPassword, updateUser } from "@atlas/core/users";

import { toActionState } from "@/lib/action-result";
import type { ActionState } from "@/lib/action-state";
import { db } from "@/lib/session";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

async function run(work: () => Promise<unknown>, done: string): Promise<ActionState> {
  try {
    await work();
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/users");
  return { ok: true, message: done };
}

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(
    async () =>
      createUser({
        db: db(),
        actor: await getSession(),
        input: { email: text(form, "email"), name: text(form, "name"), role: text(form, "role") as never, password: text(form, "password") },
      }),
    `Account created for ${text(form, "email").trim().toLowerCase()}. Hand over the password safely.`,
  );
}

export async function changeRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(
    async () => updateUser({ db: db(), actor: await getSession(), input: { userId: text(form, "userId"), role: text(form, "role") as never } }),
    "Role changed; their sessions were ended.",
  );
}

export async function setActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const active = text(form, "active") === "true";
  return run(
    async () => setUserActive({ db: db(), actor: await getSession(), input: { userId: text(form, "userId"), active } }),
    active ? "Reactivated." : "Deactivated; their sessions ended.",
  );
}

export async function setPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(
    async () => setUserPassword({ db: db(), actor: await getSession(), input: { userId: text(form, "userId"), password: text(form, "password") } }),
    "Password set; their sessions ended.",
  );
}
