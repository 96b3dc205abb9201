"use server";

import { revalidatePath } from "next/cache";

import { createUser, setUserActive, setUserPassword, updateUser, ZCreateUser, ZSetPassword, ZSetUserActive, ZUpdateUser } from "@atlas/core/users";

import { booleanField, formOf } from "@/lib/form-input";
import { action } from "@/lib/safe-action";

const manage = action.metadata({ permission: "users.manage" });
const done = (message: string) => {
  revalidatePath("/users");
  return { message };
};

export const createUserAction = manage.inputSchema(formOf(ZCreateUser)).stateAction(async ({ parsedInput, ctx }) => {
  const user = await createUser({ ...ctx, input: parsedInput });
  return done(`Account created for ${user.email}. Hand over the password safely.`);
});

/** What became of the scheduled changes of someone who lost their powers, in words. */
const settled = (count: number, choice: string | undefined) =>
  count ? ` ${count === 1 ? "Their scheduled change was" : `Their ${count} scheduled changes were`} ${choice === "TAKE_OVER" ? "taken over by you" : "cancelled"}.` : "";

export const changeRoleAction = manage.inputSchema(formOf(ZUpdateUser)).stateAction(async ({ parsedInput, ctx }) => {
  const { schedules } = await updateUser({ ...ctx, input: parsedInput });
  return done(`Role changed; their sessions were ended.${settled(schedules, parsedInput.schedules)}`);
});

export const setActiveAction = manage.inputSchema(formOf(ZSetUserActive.extend({ active: booleanField }))).stateAction(async ({ parsedInput, ctx }) => {
  const { schedules } = await setUserActive({ ...ctx, input: parsedInput });
  return done(parsedInput.active ? "Reactivated." : `Deactivated; their sessions ended.${settled(schedules, parsedInput.schedules)}`);
});

export const setPasswordAction = manage.inputSchema(formOf(ZSetPassword)).stateAction(async ({ parsedInput, ctx }) => {
  await setUserPassword({ ...ctx, input: parsedInput });
  return done("Password set; their sessions ended.");
});
