// pnpm test — every check and test suite, then one line of totals: "N passed, N failed".
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { repoRoot } from "@atlas/db/paths";

import { childEnv, launcherEnv } from "./env.ts";

type Result = { suite: string; passed: number; failed: number; note?: string };

const reportDir = path.join(repoRoot, ".test-report");
const settings = launcherEnv();
const env = childEnv({ NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" });

function run(title: string, command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${title} ━━  ${command} ${args.join(" ")}`);
  const r = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status === 0;
}

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** A browser for the end-to-end tests: Debian's Chromium here, Playwright's own elsewhere. */
function ensureBrowser(): string | null {
  if (settings.PLAYWRIGHT_CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return null;
  const ok = run("browser", bin("playwright"), ["install", "chromium"], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "0" });
  return ok ? null : "no Chromium: install Debian's chromium (apt-get install chromium) or let `playwright install chromium` download one";
}

const results: Result[] = [];
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

/** Runs a command beside the rest, its output straight to a file (printed whole at the end). */
function background(title: string, command: string, args: string[], niceness: number): { log: string; done: Promise<boolean> } {
  const log = path.join(reportDir, `${title.replace(/\W+/g, "-")}.log`);
  console.log(`\n━━ ${title} ━━  running beside the rest; output in ${path.relative(repoRoot, log)}`);
  const fd = openSync(log, "w");
  const done = new Promise<boolean>((resolve) => {
    // Niced: what runs in front (the build, the browser tests, which time what they see) gets the cores first.
    spawn("nice", ["-n", String(niceness), command, ...args], { cwd: repoRoot, env: { ...env, FORCE_COLOR: "0" }, stdio: ["ignore", fd, fd] }).on("close", (code) => {
      closeSync(fd);
      resolve(code === 0);
    });
  });
  return { log, done };
}
const printLog = (title: string, log: string) => console.log(`\n━━ ${title} ━━  (its output)\n${readFileSync(log, "utf8")}`);

// The suites mostly wait (on the database, on the browser), so they run side by side: the unit
// and integration tests from the start, typecheck, lint and format beside the browser tests. The
// generated clients are made once, first; nothing rewrites them while tests read them (--only).
run("generate", bin("turbo"), ["run", "generate", "--output-logs=errors-only"]);
const vitestRun = background(
  "unit and integration tests",
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(reportDir, "vitest.json")}`],
  10,
);

// Static checks: each counts as one test (a broken build fails the run, never hides).
const built = run("build", bin("turbo"), ["run", "build", "--only", "--output-logs=errors-only"]);
results.push({ suite: "build", passed: built ? 1 : 0, failed: built ? 0 : 1 });
// One after another (two cores), beside the browser tests.
const staticChecks = (async () => {
  const done: { suite: string; log: string; ok: boolean }[] = [];
  for (const [suite, command, args] of [
    ["typecheck", bin("turbo"), ["run", "typecheck", "--only", "--output-logs=errors-only"]],
    ["lint", bin("turbo"), ["run", "lint", "--only", "--output-logs=errors-only"]],
    ["format", bin("prettier"), ["--check", "--log-level=warn", "."]],
  ] as const) {
    const b = background(suite, command, [...args], 19);
    done.push({ suite, log: b.log, ok: await b.done });
  }
  return done;
})();

// End-to-end tests in real Chromium against both apps (needs the build above).
const noBrowser = built ? ensureBrowser() : "the build failed";
if (noBrowser) results.push({ suite: "e2e", passed: 0, failed: 1, note: noBrowser });
else {
  run("end-to-end tests", bin("playwright"), ["test", "-c", "tooling/e2e/playwright.config.ts"]);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] }>(path.join(reportDir, "e2e.json"));
  if (e2e) results.push({ suite: "e2e", passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected + (e2e.errors?.length ? 1 : 0) });
  else results.push({ suite: "e2e", passed: 0, failed: 1, note: "playwright did not report" });
}

for (const c of await staticChecks) {
  printLog(c.suite, c.log);
  results.push({ suite: c.suite, passed: c.ok ? 1 : 0, failed: c.ok ? 0 : 1 });
}
await vitestRun.done;
printLog("unit and integration tests", vitestRun.log);
const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: { status: string }[] }>(path.join(reportDir, "vitest.json"));
if (vitest) {
  // A test file that fails to load has no tests of its own: count it as a failure.
  const brokenFiles = vitest.testResults.filter((f) => f.status === "failed").length;
  results.push({ suite: "vitest", passed: vitest.numPassedTests, failed: Math.max(vitest.numFailedTests, brokenFiles) });
} else results.push({ suite: "vitest", passed: 0, failed: 1, note: "vitest did not report" });

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\n━━ totals ━━");
for (const r of results) console.log(`  ${r.suite.padEnd(10)} ${String(r.passed).padStart(4)} passed, ${String(r.failed).padStart(3)} failed${r.note ? `  (${r.note})` : ""}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
