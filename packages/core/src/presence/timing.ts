// Shared by the form's heartbeat (in the browser) and the server's notion of who is still there.

/** A form says it is still open this often while its tab is visible. */
export const PRESENCE_HEARTBEAT_MS = 30_000;
/** A tab not heard from for three heartbeats has gone (closed, asleep, offline). */
export const PRESENCE_EXPIRES_MS = 3 * PRESENCE_HEARTBEAT_MS;
