import { z } from "zod";

import { textProblem } from "../text.ts";

/** A position in a list: the sort key of a row, opaque to the address bar. */
export type Cursor = (string | number)[];

export const ZCursor = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/)
  .optional()
  .catch(undefined);

/** `after` pages forward from a row, `before` back towards the start; bad values are ignored. */
export const ZPageRequest = { after: ZCursor, before: ZCursor };

export const encodeCursor = (key: Cursor) => Buffer.from(JSON.stringify(key)).toString("base64url");

/** What each part of a cursor must be: text, a whole number, or an instant (ISO 8601). */
export type CursorShape = ("string" | "integer" | "instant")[];

// A text part is also one the database can compare with (a made-up cursor may hold a NUL byte).
const fits = (value: unknown, type: CursorShape[number]) =>
  type === "integer" ? Number.isSafeInteger(value) : typeof value === "string" && (type === "string" ? textProblem(value) === null : !Number.isNaN(Date.parse(value)));

export function decodeCursor(value: string | undefined, shape: CursorShape): Cursor | null {
  if (!value) return null;
  try {
    const key = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
    return Array.isArray(key) && key.length === shape.length && key.every((k, i) => fits(k, shape[i]!)) ? (key as Cursor) : null;
  } catch {
    return null;
  }
}

export type KeysetPage<R> = { rows: R[]; previous: string | null; next: string | null };

/**
 * One page of a list read by keyset (seek) pagination: every page costs the same however far it
 * is, where OFFSET would read and skip every row before it. `read` returns up to `take` rows
 * after `cursor` in list order — or, with `backwards`, before it, nearest first.
 */
export async function keysetPage<R>(
  request: { after?: string; before?: string },
  options: { size: number; shape: CursorShape; keyOf: (row: R) => Cursor; read: (cursor: Cursor | null, backwards: boolean, take: number) => Promise<R[]> },
): Promise<KeysetPage<R>> {
  const { size, shape, keyOf, read } = options;
  const before = decodeCursor(request.before, shape);
  if (before) {
    const found = await read(before, true, size + 1);
    const rows = found.slice(0, size).reverse();
    return { rows, previous: found.length > size && rows[0] ? encodeCursor(keyOf(rows[0])) : null, next: rows.length ? encodeCursor(keyOf(rows.at(-1)!)) : null };
  }
  const after = decodeCursor(request.after, shape);
  const found = await read(after, false, size + 1);
  const rows = found.slice(0, size);
  return { rows, previous: after && rows[0] ? encodeCursor(keyOf(rows[0])) : null, next: found.length > size ? encodeCursor(keyOf(rows.at(-1)!)) : null };
}

/** "1 entry", "12 entries". */
export const describeCount = (count: number, one: string, many: string) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
