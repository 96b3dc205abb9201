import { overLimit } from "../character-count";
import type { Errors } from "./types";

/**
 * Field errors for every text over its limit, as the editor types ("description", "citations.0.locator"):
 * the browser no longer cuts text at a limit, so the form says so at once, and the server refuses it.
 */
export function limitErrors(payload: Record<string, unknown>, limits: Record<string, number>): Errors {
  const errors: Errors = {};
  const check = (path: string, value: unknown, max: number) => {
    const message = typeof value === "string" ? overLimit(value, max) : null;
    if (message) errors[path] = [message];
  };
  for (const [key, max] of Object.entries(limits)) {
    const [field, inner] = key.split(".") as [string, string | undefined];
    const value = payload[field];
    if (!Array.isArray(value)) check(field, value, max);
    else value.forEach((item: unknown, i) => check(`${field}.${i}${inner ? `.${inner}` : ""}`, inner ? (item as Record<string, unknown> | null)?.[inner] : item, max));
  }
  return errors;
}

/** Two sets of field errors as one, each field's messages once. */
export const mergeErrors = (a: Errors, b: Errors): Errors =>
  Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, [...new Set([...(a[k] ?? []), ...(b[k] ?? [])])]]));
