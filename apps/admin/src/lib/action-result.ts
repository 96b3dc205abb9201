import "server-only";

import { unstable_rethrow } from "next/navigation";

import { DomainError, ValidationError } from "@atlas/core/errors";

import type { ActionState } from "./action-state";

/**
 * Maps what core throws to a form state. Redirects and notFound pass through; anything
 * unexpected is logged and reported without details.
 */
export function toActionState(error: unknown): ActionState {
  unstable_rethrow(error);
  if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) {
    const conflict = error.code === "CONFLICT" ? (error as DomainError & { details: Record<string, unknown> }).details : undefined;
    return { ok: false, message: error.message, ...(conflict ? { conflict } : {}) };
  }
  console.error(error);
  return { ok: false, message: "Something went wrong on our side; nothing was changed. Please try again." };
}
