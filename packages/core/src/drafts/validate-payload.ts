import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { checkEntryAgainstDatabase, type CheckMode } from "../entries/validate-entry.ts";
import { ValidationError, zodFieldErrors } from "../errors.ts";
import { kindOf, payloadSchemas, type AnyPayload } from "../kinds/registry.ts";

/**
 * Parses a payload with its kind's schema and checks it against the database (as strictly as
 * `check` says: published links only, or also those its change set publishes); throws field errors.
 */
export async function validatePayload(tx: Tx, kind: EntryKind, id: string, raw: unknown, check?: CheckMode): Promise<{ payload: AnyPayload; label: string }> {
  const parsed = payloadSchemas[kind].safeParse(raw);
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
  const payload = parsed.data;
  const { errors, names } = await checkEntryAgainstDatabase(tx, { id, kind, payload }, check);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { payload, label: kindOf(kind).label(payload, names) };
}
