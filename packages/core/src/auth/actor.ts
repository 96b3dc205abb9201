import type { Role } from "@atlas/db/enums";

/** Who is acting: the signed-in user as the apps resolved it from a live session. */
export type Actor = { id: string; email: string; name: string; role: Role };
