import { postgreSplitterOptions, splitQuery } from "dbgate-query-splitter";
import type pg from "pg";

export type StatementInfo = { index: number; line: number; text: string };

/** Raised when a migration script fails; says which statement and why. */
export class ScriptError extends Error {
  constructor(
    readonly statement: StatementInfo | null,
    cause: Error,
  ) {
    const where = statement ? `statement ${statement.index + 1} (line ${statement.line}):\n    ${excerpt(statement.text)}\n  ` : "";
    super(`${where}${cause.message}`, { cause });
    this.name = "ScriptError";
  }
}

function excerpt(sql: string): string {
  const oneLine = sql.replace(/\s+/g, " ").trim();
  return oneLine.length > 240 ? `${oneLine.slice(0, 240)}…` : oneLine;
}

type Rich = { text: string; trimStart?: { line: number; position: number }; start?: { line: number } };

export function splitStatements(script: string): StatementInfo[] {
  const items = splitQuery(script, { ...postgreSplitterOptions, returnRichInfo: true }) as Rich[];
  return items.map((item, index) => {
    // Point at the statement itself, not at the comments in front of it.
    const lines = item.text.split("\n");
    let skipped = 0;
    while (skipped < lines.length - 1 && /^\s*(--.*)?$/.test(lines[skipped]!)) skipped++;
    return { index, line: (item.trimStart?.line ?? item.start?.line ?? 0) + 1 + skipped, text: lines.slice(skipped).join("\n") };
  });
}

/**
 * Runs a whole script as one simple query: Postgres runs a multi-statement query in a single
 * implicit transaction, so a failing script leaves nothing behind (unlike the adapter's own
 * executeScript, which splits on every `;` and commits as it goes). On failure, the statements
 * are replayed one by one in a transaction that is rolled back, to name the one that failed.
 */
export async function runScriptAtomically(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    const statement = await findFailingStatement(pool, script).catch(() => null);
    throw new ScriptError(statement, error as Error);
  }
}

async function findFailingStatement(pool: pg.Pool, script: string): Promise<StatementInfo | null> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const statement of splitStatements(script)) {
      try {
        await client.query(statement.text);
      } catch {
        return statement;
      }
    }
    return null;
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
}
