// next-auth behind the small API the admin app uses.
export { handlers } from "./next-auth.ts";
export { getSession, requirePermission } from "./session.ts";
export { safeReturnPath, signInWithPassword, signOutUser, SIGN_IN_MESSAGES } from "./sign-in.ts";
