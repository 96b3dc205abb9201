import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

import { repoRoot } from "@atlas/db/paths";

import { childEnv } from "./env.ts";

export type AppName = "web" | "admin" | "worker";

/**
 * One process of the site: the public site and the admin app through their own servers (Next
 * behind shared request checks; the public site with its page cache: apps/{web,admin}/server.mjs),
 * the job worker with tsx.
 */
export function startApp(name: AppName, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const cwd = name === "worker" ? repoRoot : path.join(repoRoot, "apps", name);
  const args = {
    web: ["server.mjs"],
    admin: ["server.mjs"],
    // Node with tsx's loader, not tsx's command line (which runs the script in a grandchild).
    worker: ["--import", "tsx", "tooling/scripts/src/worker.ts"],
  }[name];
  const child = spawn(process.execPath, args, {
    cwd,
    env: childEnv({ ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "0.0.0.0" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = `[${name}] `;
  const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => stream.on("data", (chunk: Buffer) => out.write(chunk.toString().replace(/^(?=.)/gm, prefix)));
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  return child;
}

/** Polls until the URL answers (any status below 500), or fails after `timeoutMs`. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} did not start (exit code ${child.exitCode}); see its output above.`);
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

/** Fails early with a clear message when a port is taken (rather than a crash of next start). */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", () => reject(new Error(`Port ${port} is already in use. Stop what is using it, or set ATLAS_WEB_PORT / ATLAS_ADMIN_PORT.`)));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve()));
  });
}
