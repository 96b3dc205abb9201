import type { z } from "zod";

/** Field path ("countryIds.1") → messages, as forms show them next to each field. */
export type FieldErrors = Record<string, string[]>;

/** Every failure a user can cause: the apps map `code` to a status and show `message`. */
export class DomainError extends Error {
  constructor(
    readonly code: "VALIDATION" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "STATE" | "RATE_LIMITED",
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class ValidationError extends DomainError {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Some fields need attention.",
  ) {
    super("VALIDATION", message);
    this.name = "ValidationError";
  }
}

/** What a change set still lacks before review, entry by entry (each field linked from the list). */
export type Missing = { revisionId: string; entryId: string; label: string; fieldErrors: FieldErrors }[];

/**
 * A change set cannot be submitted yet. `fieldErrors` are the first incomplete entry's (for the
 * form the editor is on); `missing` lists every entry's.
 */
export class IncompleteError extends ValidationError {
  constructor(readonly missing: Missing) {
    super(missing[0]?.fieldErrors ?? {}, `Not ready for review yet: ${missing.map((m) => `“${m.label}” (${Object.keys(m.fieldErrors).length} to fix)`).join(", ")}.`);
    this.name = "IncompleteError";
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super("NOT_FOUND", message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super("FORBIDDEN", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Please sign in.") {
    super("UNAUTHENTICATED", message);
  }
}

/** The entry moved on since the revision was written; `details` carries both versions. */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super("CONFLICT", message);
  }
}

/** The action does not fit the current state (approving a draft that was never submitted). */
export class StateError extends DomainError {
  constructor(message: string) {
    super("STATE", message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message: string) {
    super("RATE_LIMITED", message);
  }
}

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

export function addFieldError(errors: FieldErrors, path: readonly PropertyKey[], message: string): void {
  const key = pathKey(path);
  (errors[key] ??= []).push(message);
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const message = issue.code === "unrecognized_keys" ? `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.` : issue.message;
    addFieldError(errors, issue.path, message);
  }
  return errors;
}

/**
 * An id read from an address: one that cannot be an id (a NUL byte, a made-up shape) is not
 * found, without asking the database (which would refuse it with an error, not an empty answer).
 */
export function idOrNotFound<S extends z.ZodType>(schema: S, id: unknown, message: string): z.output<S> {
  const result = schema.safeParse(id);
  if (!result.success) throw new NotFoundError(message);
  return result.data;
}

/** Parses or throws a ValidationError with field-level messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(zodFieldErrors(result.error));
  return result.data;
}
