"use server";

import { z } from "zod";

import { signInWithPassword, signOutUser } from "@atlas/auth";
import { storableText } from "@atlas/core/text";

import { formOf } from "@/lib/form-input";
import { publicAction } from "@/lib/safe-action";

// Core's ZSignIn checks the fields inside signIn (its errors must read the same for every
// account): here they only need to be text that can be stored (a NUL byte is a field error).
const ZSignInForm = z.object({ email: z.string().default("").superRefine(storableText), password: z.string().default(""), callbackUrl: z.string().default("/") });

export const signInAction = publicAction.inputSchema(formOf(ZSignInForm)).stateAction(async ({ parsedInput: { email, password, callbackUrl } }) => {
  // Returns only when signing in failed: success redirects.
  return { failed: await signInWithPassword(email, password, callbackUrl) };
});

// next-auth's signOut event ends the session on the server (packages/auth/src/next-auth.ts), as
// for every other way of signing out.
export const signOutAction = publicAction.inputSchema(formOf(z.object({}))).stateAction(async () => {
  await signOutUser();
});
