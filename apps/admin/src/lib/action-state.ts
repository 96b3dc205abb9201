import type { FieldErrors } from "@atlas/core/errors";

/** What a server action answers when core refuses: the words, per field, and for edit conflicts both versions. */
export type ActionError = { message: string; fieldErrors?: FieldErrors; conflict?: Record<string, unknown> };

/** A server action's answer as next-safe-action gives it to a form. */
export type ActionResult<Data = unknown> = {
  data?: Data;
  serverError?: ActionError;
  validationErrors?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };
};

/** What a form shows: success or the reason it failed, with each field's errors. */
export type FormState<Data = unknown> = { ok: boolean; message?: string; fieldErrors?: FieldErrors; conflict?: Record<string, unknown>; data?: Data };

export function stateOf<Data>(result: ActionResult<Data>): FormState<Data> {
  if (result.serverError) return { ok: false, ...result.serverError };
  if (result.validationErrors) {
    const fieldErrors = Object.fromEntries(Object.entries(result.validationErrors.fieldErrors).filter((e): e is [string, string[]] => !!e[1]?.length));
    return { ok: false, message: result.validationErrors.formErrors[0] ?? "Some fields need attention.", fieldErrors };
  }
  if (result.data === undefined) return { ok: false };
  const message = typeof result.data === "object" && result.data && "message" in result.data ? String(result.data.message) : undefined;
  return { ok: true, data: result.data, ...(message ? { message } : {}) };
}
