import type { Db } from "@atlas/db";

import type { Actor } from "../../src/auth/actor.ts";
import { bootstrapUser } from "../../src/users/bootstrap-user.ts";

/** Real users in the test database, as actors. */
export async function makeActors(db: Db) {
  const make = async (key: string, role: "EDITOR" | "ADMIN"): Promise<Actor> => {
    const u = await bootstrapUser({ db, input: { email: `${key}@atlas.test`, name: key, role, password: "correct horse battery" }, via: "test" });
    return { id: u.id, email: u.email, name: key, role };
  };
  return { editor: await make("editor", "EDITOR"), editor2: await make("editor2", "EDITOR"), admin: await make("admin", "ADMIN"), admin2: await make("admin2", "ADMIN") };
}

/** A published event's payload from the seed, to edit. */
export async function publishedPayload(db: Db, entryId: string): Promise<Record<string, unknown>> {
  const entry = await db.entry.findUniqueOrThrow({ where: { id: entryId } });
  const r = await db.revision.findFirstOrThrow({ where: { entryId, publishedVersion: entry.version } });
  return r.payload as Record<string, unknown>;
}

/** Row counts of everything a use case might touch. */
export async function snapshot(db: Db) {
  const [entries, revisions, events, citations, audits, jobs, users] = await Promise.all([
    db.entry.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, label: true } }),
    db.revision.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, payload: true, baseVersion: true } }),
    db.event.findMany({ orderBy: { id: "asc" } }),
    db.citation.count(),
    db.auditLog.count(),
    db.revalidationJob.count(),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, active: true, sessionVersion: true } }),
  ]);
  return { entries, revisions, events, citations, audits, jobs, users };
}
