import type { Tx } from "@atlas/db";

import { ALL_KINDS, KINDS } from "./registry.ts";

/** The kinds whose published entries must cite a source, as the registry says. */
export const STATEMENT_KINDS = ALL_KINDS.filter((k) => KINDS[k].statement);

/**
 * Makes the database's list of statement kinds (read by its "a published statement cites a
 * source" trigger) equal to the registry's, so that rule has one home: the kind's folder.
 */
export async function syncStatementKinds(tx: Tx): Promise<void> {
  await tx.statementKind.deleteMany({ where: { kind: { notIn: STATEMENT_KINDS } } });
  await tx.statementKind.createMany({ data: STATEMENT_KINDS.map((kind) => ({ kind })), skipDuplicates: true });
}
