// A throwaway Redis for tests: Debian's redis-server on a free port, no persistence. Tests that
// need one fail (never skip) where it is missing, saying how to install it: CI installs it.
import { execFileSync, spawn } from "node:child_process";
import { createServer, Socket } from "node:net";

export type TestRedis = { url: string; port: number; stop(): Promise<void> };

export const REDIS_MISSING = "redis-server is not installed: `apt-get install redis-server` (CI's .ci/run installs it).";

/** The redis-server binary, or null when it is not installed. */
export function findRedisServer(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });

/** Starts redis-server (on `port`, or a free one); throws REDIS_MISSING where there is none. */
export async function startRedis(port?: number): Promise<TestRedis> {
  const bin = findRedisServer();
  if (!bin) throw new Error(REDIS_MISSING);
  const p = port ?? (await freePort());
  const child = spawn(bin, ["--port", String(p), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const deadline = Date.now() + 10_000;
  while (!(await accepts(p))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${p}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
