import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { repoRoot } from "@atlas/db/paths";
import { freePort } from "@atlas/vitest/redis-server";

import { readState } from "../support/state.ts";

// There is no Docker engine here: each image is proven by starting what it would run — the app's
// standalone output, from the image's WORKDIR, with the image's ENV, CMD and HEALTHCHECK as its
// Dockerfile states them — plus what docker-compose.yml gives it (the database and secrets).

type Image = { env: Record<string, string>; workdir: string; cmd: string[]; healthcheck: string[]; user: string; copiedFrom: string };

function readDockerfile(file: string): Image {
  const lines = readFileSync(file, "utf8").split("\n");
  const final = lines.slice(lines.findLastIndex((l) => l.startsWith("FROM ")));
  const arg = (name: string) => final.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1));
  const env = Object.fromEntries(arg("ENV").flatMap((l) => l.split(/\s+/).map((kv) => kv.split("=") as [string, string])));
  const json = (text: string) => JSON.parse(text) as string[];
  return {
    env,
    workdir: arg("WORKDIR").at(-1)!,
    cmd: json(arg("CMD").at(-1)!),
    healthcheck: json(
      arg("HEALTHCHECK")
        .at(-1)!
        .replace(/^.*?CMD /, ""),
    ),
    user: arg("USER").at(-1) ?? "root",
    copiedFrom: /\/repo\/(\S+) \/app$/.exec(arg("COPY").at(-1)!)![1]!,
  };
}

for (const [app, probe, expected] of [
  ["web", "/countries/china", /<h1[^>]*>China</],
  ["admin", "/login", /<h1[^>]*>Sign in</],
] as const) {
  test(`the ${app} image's standalone output starts and answers with the environment the image sets`, async () => {
    const image = readDockerfile(path.join(repoRoot, "apps", app, "Dockerfile"));
    expect(image.user).not.toMatch(/^(root|0)$/);
    const cwd = path.join(repoRoot, image.copiedFrom, path.relative("/app", image.workdir));
    const state = readState();
    // The port is the one thing changed: the image's own may be taken on this machine.
    const port = String(await freePort());
    const env = {
      PATH: process.env.PATH,
      ...image.env,
      PORT: port,
      DATABASE_URL: state.databaseUrl,
      REVALIDATE_SECRET: state.revalidateSecret,
      AUTH_SECRET: state.revalidateSecret,
      PUBLIC_SITE_URL: "http://localhost:8080",
      ADMIN_SITE_URL: `http://localhost:${port}`,
    };
    let output = "";
    const child = spawn(image.cmd[0]!, image.cmd.slice(1), { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    try {
      await expect
        .poll(() => spawnSync(image.healthcheck[0]!, image.healthcheck.slice(1), { env, timeout: 5000 }).status, {
          timeout: 60_000,
          message: `health check never passed:\n${output}`,
        })
        .toBe(0);
      const res = await fetch(`http://127.0.0.1:${port}${probe}`);
      expect(res.status, output).toBe(200);
      expect(await res.text()).toMatch(expected);
    } finally {
      child.kill("SIGTERM");
    }
  });
}
