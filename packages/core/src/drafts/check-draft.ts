import type { z } from "zod";

import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { checkEntryAgainstDatabase, type Pending } from "../entries/validate-entry.ts";
import { addFieldError, ValidationError, type FieldErrors } from "../errors.ts";
import { emptyPayload } from "../kinds/forms.ts";
import { kindOf, KINDS, payloadSchemas, type AnyPayload } from "../kinds/registry.ts";

/** A draft as it may be saved: what the editor wrote so far, and what is still missing. */
export type CheckedDraft = { payload: Record<string, unknown>; label: string; missing: FieldErrors };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * Whether a zod issue makes a draft unsavable: text the database cannot store, text too long,
 * unknown fields, or a value of the wrong type (a number where text belongs). Anything else —
 * a field not filled in yet, a source not cited yet, a date range still the wrong way round — is
 * what submission will ask for, not a reason to lose the editor's work.
 */
function blocks(issue: z.core.$ZodIssue & { input?: unknown }): boolean {
  if (issue.code === "unrecognized_keys" || issue.code === "too_big") return true;
  if (issue.code === "custom") return Boolean((issue.params as { unstorable?: boolean } | undefined)?.unstorable);
  if (issue.code === "invalid_type" || issue.code === "invalid_value") return !blank(issue.input);
  return false;
}

/**
 * Checks a draft leniently (see blocks): throws for what cannot be saved, returns the rest with
 * what is missing. Links must point to entries that exist (drafts included); that they will be
 * published is checked at submission.
 */
export async function checkDraft(tx: Tx, kind: EntryKind, id: string, raw: unknown, pending: Pending): Promise<CheckedDraft> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new ValidationError({ "": ["The form could not be read. Reload the page and try again."] });
  const payload = raw as Record<string, unknown>;
  const parsed = payloadSchemas[kind].safeParse(payload, { reportInput: true });
  const errors: FieldErrors = {};
  const missing: FieldErrors = {};
  if (!parsed.success) for (const issue of parsed.error.issues) addFieldError(blocks(issue) ? errors : missing, issue.path, issueMessage(issue));
  if (Object.keys(errors).length) throw new ValidationError(errors);
  // Links and labels read the payload as its kind's functions expect it: absent fields as the form starts them.
  const filled = (parsed.success ? parsed.data : { ...emptyPayload(kind), ...payload }) as AnyPayload;
  const checked = await checkEntryAgainstDatabase(tx, { id, kind, payload: filled }, { mode: "draft", pending });
  if (Object.keys(checked.errors).length) throw new ValidationError(checked.errors);
  return { payload, label: labelOf(kind, filled, checked.names), missing };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === "unrecognized_keys" ? `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.` : issue.message;
}

/** The entry's label, or while the fields it is made of are still empty, "New event". */
function labelOf(kind: EntryKind, payload: AnyPayload, names: Map<string, string>): string {
  try {
    const label = kindOf(kind).label(payload, names).trim();
    if (label && !/^\s*[–-]|[–-]\s*relations$/.test(label)) return label;
  } catch {
    // an incomplete payload the label cannot be made from yet
  }
  return `New ${KINDS[kind].names.one}`;
}
