import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

import { repoRoot } from "@atlas/db/paths";

import { readState } from "./state.ts";

/** Runs one of core-tasks.ts's tasks against the database of the site under test; its answer. */
export function coreTask<T>(task: string, args: Record<string, string>): T {
  const tsx = createRequire(path.join(repoRoot, "package.json")).resolve("tsx/cli");
  const out = execFileSync(process.execPath, [tsx, "tooling/e2e/support/core-tasks.ts", task, JSON.stringify(args), readState().databaseUrl], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out) as T;
}
