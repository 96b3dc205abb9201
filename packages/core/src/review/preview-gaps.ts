import { randomBytes } from "node:crypto";

import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { asStarted } from "../drafts/check-draft.ts";
import { checkEntryAgainstDatabase } from "../entries/validate-entry.ts";
import { DomainError, zodFieldErrors, type FieldErrors } from "../errors.ts";
import { fieldLabel } from "../kinds/forms.ts";
import { kindOf, type AnyPayload } from "../kinds/registry.ts";

/** Something a draft lacks before it can be published, as a preview marks it ("Date: not given yet"). */
export type Gap = { field: string; label: string; message: string };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
// "“x” is already used by …" for one value, "Already recorded by …" for several (validate-entry.ts).
const CLASH = /^(?:“[^”]*” is already used|Already recorded) by /;

/**
 * Checks a revision's payload as publishing would, without throwing: the payload if it is
 * complete, and every field error — what is missing, and what another entry already uses (checked
 * even while the draft is incomplete, so both show at once).
 */
export async function checkForPreview(tx: Tx, kind: EntryKind, id: string, raw: unknown): Promise<{ payload: AnyPayload | null; errors: FieldErrors }> {
  const parsed = kindOf(kind).schema.safeParse(raw);
  if (parsed.success) {
    const { errors } = await checkEntryAgainstDatabase(tx, { id, kind, payload: parsed.data });
    return { payload: parsed.data, errors };
  }
  const errors = zodFieldErrors(parsed.error);
  try {
    const started = asStarted(kind, (raw ?? {}) as Record<string, unknown>) as AnyPayload;
    for (const [field, messages] of Object.entries((await checkEntryAgainstDatabase(tx, { id, kind, payload: started })).errors))
      if (messages.some((m) => CLASH.test(m))) errors[field] = [...(errors[field] ?? []), ...messages.filter((m) => CLASH.test(m))];
  } catch (error) {
    // A kind's rules may not read a half-written payload; what is missing is listed already.
    if (!(error instanceof TypeError) && !(error instanceof DomainError)) throw error;
  }
  return { payload: null, errors };
}

/** The field errors as gaps, in the words of the form: a field left empty is "not given yet". */
export function gapsOf(kind: EntryKind, errors: FieldErrors, raw: unknown): Gap[] {
  const payload = (raw ?? {}) as Record<string, unknown>;
  return Object.entries(errors).flatMap(([path, messages]) => {
    const field = path.split(".")[0]!;
    const label = path ? fieldLabel(kind, field) : "The entry";
    const empty = path === field && blank(payload[field]);
    return [...new Set(messages.map((m) => (empty && !CLASH.test(m) ? "not given yet" : m.replace(CLASH, "already used by ").replace(/"([^"]*)"/g, "“$1”"))))].map((message) => ({
      field: path,
      label,
      message,
    }));
  });
}

/**
 * The payload with stand-ins for values another entry already uses (a slug becomes a temporary
 * one, an optional code is left out), so the page can still be shown; null when some error is not
 * such a clash, or the clashing field cannot be stood in for.
 */
export function withStandIns(kind: EntryKind, payload: AnyPayload, errors: FieldErrors): AnyPayload | null {
  const shape = kindOf(kind).schema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  const standIn: Record<string, unknown> = { ...payload };
  for (const [field, messages] of Object.entries(errors)) {
    if (!messages.every((m) => CLASH.test(m))) return null;
    if (field === "slug") standIn.slug = `preview-${randomBytes(6).toString("hex")}`;
    else if (shape[field]?.safeParse(null).success) standIn[field] = null;
    else return null;
  }
  return standIn as AnyPayload;
}
