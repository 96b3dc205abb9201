import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { checkEntryAgainstDatabase } from "../entries/validate-entry.ts";
import { kinds } from "../entries/kinds/index.ts";
import { payloadSchemas, type AnyPayload } from "../entries/schemas/index.ts";
import { ValidationError, zodFieldErrors } from "../errors.ts";

/** Parses a payload with its kind's schema and checks it against the database; throws field errors. */
export async function validatePayload(tx: Tx, kind: EntryKind, id: string, raw: unknown): Promise<{ payload: AnyPayload; label: string }> {
  const parsed = payloadSchemas[kind].safeParse(raw);
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
  const payload = parsed.data as AnyPayload;
  const { errors, names } = await checkEntryAgainstDatabase(tx, { id, kind, payload: payload as never });
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { payload, label: kinds[kind].label(payload as never, names) };
}
