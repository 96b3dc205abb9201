import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

// Postgres' internal one-byte `"char"` type (OID 18, e.g. pg_constraint.contype) is unknown to
// @prisma/adapter-pg 7.10, which then fails the schema engine's introspection queries; the engine
// wants it reported as a character column. The client below hands the adapter a type it knows
// (text) and marks the columns on the rows array, which the adapter passes through untouched;
// markCharColumns() then reports those columns as characters.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_COLUMNS = Symbol("charColumns");

type Field = { dataTypeID: number };
type PgResult = { fields?: Field[]; rows?: unknown[] & { [CHAR_COLUMNS]?: number[] } };

function relabelChar(result: unknown): unknown {
  for (const r of (Array.isArray(result) ? result : [result]) as (PgResult | undefined)[]) {
    const columns: number[] = [];
    r?.fields?.forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      columns.push(i);
    });
    if (columns.length && r?.rows) r.rows[CHAR_COLUMNS] = columns;
  }
  return result;
}

/** Restores the character type of the columns relabelled by CharAsTextClient. */
export function markCharColumns(result: SqlResultSet): SqlResultSet {
  const columns = (result.rows as PgResult["rows"])?.[CHAR_COLUMNS];
  for (const i of columns ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
  return result;
}

/** A pg Client whose results never carry the `"char"` type (see above). */
export class CharAsTextClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); we only post-process.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => callback(err, err ? res : relabelChar(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return (out instanceof Promise ? out.then(relabelChar) : out) as never;
  }
}
