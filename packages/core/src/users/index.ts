export { accountsUnderAttack, authenticate, resolveSession, SIGN_IN_FAILED, THROTTLE, type SignedIn } from "./authenticate.ts";
export { bootstrapUser } from "./bootstrap-user.ts";
export { createUser } from "./create-user.ts";
export { listUsers, setUserActive, setUserPassword, updateUser } from "./update-user.ts";
export * from "./schemas.ts";
export { signOut } from "./sign-out.ts";
export { DEVICE_TTL_MS } from "./sign-in-devices.ts";
