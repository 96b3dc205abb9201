import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { repoRoot } from "@atlas/db/paths";

// Needs the production build, which the end-to-end run has made.
test("the admin app's production build refuses to start without AUTH_SECRET", async () => {
  const cwd = path.join(repoRoot, "apps", "admin");
  const next = createRequire(path.join(cwd, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "--port", "3299"], {
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
  expect(output).toContain("The admin app cannot start: AUTH_SECRET is not set");
  expect(code).toBe(1);
});

test("the public site's production build refuses to start without PUBLIC_SITE_URL", async () => {
  const cwd = path.join(repoRoot, "apps", "web");
  const next = createRequire(path.join(cwd, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "--port", "3298"], {
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
  expect(output).toContain("The public site cannot start: PUBLIC_SITE_URL is not set");
  expect(code).toBe(1);
});
