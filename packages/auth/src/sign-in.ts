import { AuthError, CredentialsSignin } from "next-auth";

import { SIGN_IN_FAILED } from "@atlas/core/users";

import { signIn, signOut } from "./next-auth.ts";

export const SIGN_IN_MESSAGES: Record<string, string> = {
  wrong_credentials: SIGN_IN_FAILED,
  credentials: SIGN_IN_FAILED,
  throttled: "Too many failed sign-ins. Wait a few minutes, then try again.",
  unreadable: "The email address contains characters no one can type (such as control characters).",
};

/** Only paths inside this app: a sign-in link must not bounce anyone to another site. */
export function safeReturnPath(value: unknown): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") && !s.startsWith("/api/") ? s : "/";
}

/** Signs in and redirects on success; returns the message to show on failure. */
export async function signInWithPassword(email: string, password: string, returnTo: string): Promise<string> {
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(returnTo) });
  } catch (error) {
    if (error instanceof CredentialsSignin) return error.code.startsWith("throttled:") ? error.code.slice("throttled:".length) : (SIGN_IN_MESSAGES[error.code] ?? SIGN_IN_FAILED);
    if (error instanceof AuthError) return "Signing in failed. Please try again.";
    throw error; // the redirect that a successful sign-in throws
  }
  return SIGN_IN_FAILED;
}

export async function signOutUser(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
