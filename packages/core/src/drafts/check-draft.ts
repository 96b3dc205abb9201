import type { z } from "zod";

import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { checkEntryAgainstDatabase, type Pending } from "../entries/validate-entry.ts";
import { addFieldError, pathKey, ValidationError, type FieldErrors } from "../errors.ts";
import { emptyPayload } from "../kinds/forms.ts";
import { kindOf, KINDS, payloadSchemas, type AnyPayload } from "../kinds/registry.ts";
import { unstorableTexts } from "../text.ts";

/** A draft as it may be saved: what the editor wrote so far, and what is still missing. */
export type CheckedDraft = { payload: Record<string, unknown>; label: string; missing: FieldErrors };

/** Stands in for a field not filled in yet (no text typed into a form can hold it). */
const UNFILLED = "\u0000";

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
export async function checkDraft(tx: Tx, kind: EntryKind, id: string, raw: unknown, pending: Pending, authorId?: string): Promise<CheckedDraft> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new ValidationError({ "": ["The form could not be read. Reload the page and try again."] });
  const payload = raw as Record<string, unknown>;
  const parsed = payloadSchemas[kind].safeParse(payload, { reportInput: true });
  const errors: FieldErrors = {};
  const missing: FieldErrors = {};
  if (!parsed.success) for (const issue of parsed.error.issues) addFieldError(blocks(issue) ? errors : missing, issue.path, issueMessage(issue));
  // Also where the schema does not look (a slug, a date, an id not filled in right yet): the draft is stored as typed.
  for (const { path, message } of unstorableTexts(payload)) if (!errors[pathKey(path)]) addFieldError(errors, path, message);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const filled = (parsed.success ? parsed.data : asStarted(kind, payload)) as AnyPayload;
  const checked = await checkEntryAgainstDatabase(tx, { id, kind, payload: filled }, { mode: "draft", pending, authorId });
  if (Object.keys(checked.errors).length) throw new ValidationError(checked.errors);
  return { payload, label: labelOf(kind, filled, checked.names, missing), missing };
}

/**
 * A payload that did not parse, as its kind's link and label functions expect one: fields absent
 * or blank as the form starts them (an empty list, not null or ""), blank items left out of lists.
 */
export function asStarted(kind: EntryKind, payload: Record<string, unknown>): Record<string, unknown> {
  const started = emptyPayload(kind);
  for (const [field, value] of Object.entries(payload)) if (!blank(value)) started[field] = Array.isArray(value) ? value.filter((item) => !blank(item)) : value;
  return started;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === "unrecognized_keys" ? `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.` : issue.message;
}

/**
 * The entry's label, or while a field it is made of is still empty, "New event": a half-written
 * mission is not "Embassy of  in", nor an organisation with only its acronym "(GCC)".
 */
function labelOf(kind: EntryKind, payload: AnyPayload, names: Map<string, string>, missing: FieldErrors): string {
  // The fields still to fill in hold a mark: a label that shows it was made from an empty field.
  const probe: Record<string, unknown> = { ...payload };
  for (const field of Object.keys(missing)) if (blank(probe[field])) probe[field] = UNFILLED;
  try {
    const label = kindOf(kind).label(probe, names).trim();
    if (label && !label.includes(UNFILLED)) return label;
  } catch {
    // an incomplete payload the label cannot be made from yet
  }
  return `New ${KINDS[kind].names.one}`;
}
