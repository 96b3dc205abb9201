import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type Account = { email: string; password: string; name: string; role: "EDITOR" | "ADMIN" };
export type E2EState = {
  databaseUrl: string;
  revalidateSecret: string;
  /** The Redis the site under test shares its cache through; null where redis-server is missing. */
  redisUrl: string | null;
  accounts: Record<"editor" | "editor2" | "admin" | "admin2", Account>;
  /** Editors for the concurrency run, signed in all at once. */
  crowd: Account[];
};

/** Written by global-setup for the tests of this run. */
export const stateFile = path.join(tmpdir(), "atlas-e2e-state.json");

export const readState = (): E2EState => JSON.parse(readFileSync(stateFile, "utf8")) as E2EState;
