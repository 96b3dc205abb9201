import "server-only";

import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";

import { getSession } from "@atlas/auth";
import { assertCan, PERMISSIONS, type Permission } from "@atlas/core";
import { DomainError, ValidationError } from "@atlas/core/errors";

import type { ActionError } from "./action-state";
import { db } from "./session";

/** What core throws, in words for the form; anything unexpected is logged and told without details. */
function handleServerError(error: Error): ActionError {
  if (error instanceof ValidationError) return { message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) {
    const conflict = error.code === "CONFLICT" ? (error as DomainError & { details: Record<string, unknown> }).details : undefined;
    return { message: error.message, ...(conflict ? { conflict } : {}) };
  }
  console.error(error);
  return { message: "Something went wrong on our side; nothing was changed. Please try again." };
}

const options = { handleServerError, defaultValidationErrorsShape: "flattened" as const };

/** Actions anyone may call: signing in. */
export const publicAction = createSafeActionClient(options);

const permissions = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];

/**
 * Every other server action: the session is read and the action's permission checked (its role;
 * core checks the rest against the data) before the input is parsed by the action's schema, then
 * core does the work and its errors become the form's words. Redirects and notFound pass through.
 */
export const action = createSafeActionClient({ ...options, defineMetadataSchema: () => z.object({ permission: z.enum(permissions) }) }).use(async ({ next, metadata }) => {
  const actor = await getSession();
  assertCan(actor, metadata.permission);
  return next({ ctx: { actor, db: db() } });
});
