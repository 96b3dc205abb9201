import type { FieldErrors } from "@atlas/core/errors";

/** What every server action returns to its form: never a thrown 500 for a user's mistake. */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  /** For edit conflicts: both versions, so nothing the editor wrote is lost. */
  conflict?: Record<string, unknown>;
  data?: unknown;
};

export const initialState: ActionState = { ok: false };
