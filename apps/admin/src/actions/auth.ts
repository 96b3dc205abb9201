"use server";

import { z } from "zod";

import { getSession, signInWithPassword, signOutUser } from "@atlas/auth";
import { signOut } from "@atlas/core/users";
import { getDb } from "@atlas/db";

import { formOf } from "@/lib/form-input";
import { publicAction } from "@/lib/safe-action";

// Core's ZSignIn checks the fields inside signIn (its errors must read the same for every
// account): here they only need to be text.
const ZSignInForm = z.object({ email: z.string().default(""), password: z.string().default(""), callbackUrl: z.string().default("/") });

export const signInAction = publicAction.inputSchema(formOf(ZSignInForm)).stateAction(async ({ parsedInput: { email, password, callbackUrl } }) => {
  // Returns only when signing in failed: success redirects.
  return { failed: await signInWithPassword(email, password, callbackUrl) };
});

export const signOutAction = publicAction.inputSchema(formOf(z.object({}))).stateAction(async () => {
  const actor = await getSession();
  if (actor) await signOut({ db: getDb(), actor });
  await signOutUser();
});
