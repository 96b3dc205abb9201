import type { Db, Tx } from "@atlas/db";

import type { AnyPayload } from "../kinds/registry.ts";

/** The payload of the entry's latest published version (null if it was never published). */
export async function latestPublishedPayload(tx: Db | Tx, entryId: string): Promise<{ version: number; payload: AnyPayload } | null> {
  const entry = await tx.entry.findUnique({ where: { id: entryId }, select: { version: true } });
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an entry never published has no published revision either; this skips the query
  if (!entry || entry.version === 0) return null;
  const revision = await tx.revision.findFirst({
    where: { entryId, status: "PUBLISHED", action: "UPSERT" },
    orderBy: { publishedVersion: "desc" },
    select: { payload: true },
  });
  return revision ? { version: entry.version, payload: revision.payload as AnyPayload } : null;
}
