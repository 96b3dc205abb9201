import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { repoRoot } from "@atlas/db/paths";

/** Starts an app's production build as an operator would, without the setting under test; its output and exit code. */
async function startInProduction(app: "admin" | "web", port: number): Promise<{ output: string; code: number | null }> {
  const cwd = path.join(repoRoot, "apps", app);
  const next = createRequire(path.join(cwd, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "--port", String(port)], {
    cwd,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      REVALIDATE_SECRET: "r".repeat(32),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => (child.kill("SIGKILL"), resolve(null)), 60_000);
    child.on("exit", (c) => (clearTimeout(timer), resolve(c)));
  });
  return { output, code };
}

// Needs the production builds, which the end-to-end run has made.
test("the admin app's production build refuses to start without AUTH_SECRET", async () => {
  const { output, code } = await startInProduction("admin", 3299);
  expect(output).toContain("The admin app cannot start: AUTH_SECRET is not set");
  expect(code).toBe(1);
});

test("the public site's production build refuses to start without PUBLIC_SITE_URL", async () => {
  const { output, code } = await startInProduction("web", 3298);
  expect(output).toContain("The public site cannot start: PUBLIC_SITE_URL is not set");
  expect(code).toBe(1);
});
