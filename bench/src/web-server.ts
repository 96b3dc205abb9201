import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { repoRoot } from "@atlas/db/paths";

import { childEnv } from "./env.ts";

export type WebServer = { url: string; secret: string; process: ChildProcess; stop(): Promise<void> };

export async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

/**
 * The public site exactly as `pnpm start` runs it (apps/web/server.mjs), on `databaseUrl`;
 * `extra` adds settings (REDIS_URL for an instance of several).
 */
export async function startWeb(databaseUrl: string, port: number, extra: Record<string, string> = {}): Promise<WebServer> {
  const secret = "b".repeat(32);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: path.join(repoRoot, "apps", "web"),
    env: childEnv({
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      REVALIDATE_SECRET: secret,
      PUBLIC_SITE_URL: `http://localhost:${port}`,
      ...extra,
    }),
    stdio: "ignore",
  });
  await waitFor(`${url}/`, child);
  return {
    url,
    secret,
    process: child,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))),
  };
}

/** Resident memory of a process, in MB (Linux). */
export async function rssMb(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  try {
    const status = await (await import("node:fs/promises")).readFile(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return null;
  }
}
