import type { Tx } from "@atlas/db";

// Review decisions read a state and then change it. Two admins (or an author and an admin)
// acting on the same revision or entry at the same moment must not both act on what they read:
// the first takes the rows' locks, the second waits, then reads the first one's result.

/**
 * Locks a revision and then its entry for the rest of the transaction (always in that order, so
 * that two transactions cannot wait on each other) and reads both as they now are.
 */
export async function lockRevision(tx: Tx, revisionId: string) {
  const rows = await tx.$queryRaw<{ entryId: string }[]>`SELECT "entryId" FROM "Revision" WHERE "id" = ${revisionId} FOR UPDATE`;
  if (!rows[0]) return null;
  await tx.$queryRaw`SELECT 1 FROM "Entry" WHERE "id" = ${rows[0].entryId} FOR UPDATE`;
  return tx.revision.findUnique({ where: { id: revisionId }, include: { entry: true } });
}

/** Serialises one person's saves of one entry (a double click must not open two drafts). */
export async function lockDraftSlot(tx: Tx, authorId: string, entryId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`draft:${authorId}:${entryId}`}, 0))`;
}
