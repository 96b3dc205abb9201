import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { repoRoot } from "@atlas/db/paths";

import type { E2EState } from "./state.ts";

export type WebInstance = { url: string; stop(): Promise<void>; log(): string };

/**
 * Another instance of the public site, as a second machine would run it: the same build, database,
 * secret and Redis as the site under test, on a port of its own.
 */
export async function startWebInstance(state: E2EState, port: number, publicUrl: string): Promise<WebInstance> {
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["server.mjs"], {
    cwd: path.join(repoRoot, "apps", "web"),
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: state.databaseUrl,
      REVALIDATE_SECRET: state.revalidateSecret,
      REDIS_URL: state.redisUrl ?? "",
      PUBLIC_SITE_URL: publicUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The second web instance stopped (exit ${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`The second web instance did not answer:\n${output}`);
    const ok = await fetch(`${url}/robots.txt`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
