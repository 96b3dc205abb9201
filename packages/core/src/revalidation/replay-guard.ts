import type { Db } from "@atlas/db";

import { SIGNATURE_WINDOW_MS, type ReplayGuard } from "./signature.ts";

/**
 * Signatures the public site accepted, kept in the database until they expire: a signature is
 * accepted within 60 s of its time either way, so after 120 s it would be refused anyway and its
 * row may go. First use is one INSERT … ON CONFLICT DO NOTHING, which tells whether it inserted:
 * two instances offered the same request at once accept it once between them.
 */
export async function firstUseOfSignature(db: Db, signature: string, now: number): Promise<boolean> {
  // Expired rows are swept first (cheap: an index on expiresAt), the same signature's included.
  await db.usedSignature.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  const inserted = await db.$executeRaw`
    INSERT INTO "UsedSignature" (signature, "expiresAt") VALUES (${signature}, ${new Date(now + 2 * SIGNATURE_WINDOW_MS)}::timestamp(3))
    ON CONFLICT (signature) DO NOTHING`;
  return inserted === 1;
}

/** A guard over this database (the primary: it writes). */
export const databaseReplayGuard = (db: () => Db): ReplayGuard => ({ firstUse: (signature, now) => firstUseOfSignature(db(), signature, now) });
