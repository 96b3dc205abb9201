import "server-only";

import { getDb } from "@atlas/db";

export { getSession } from "@atlas/auth";
/** The process's database client (one pool per process). */
export const db = () => getDb();
