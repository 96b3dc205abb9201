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

// Static checks: each counts as one test (a broken build fails the run, never hides).
const check = (suite: string, args: string[]) => {
  const ok = run(suite, bin("turbo"), ["run", ...args, "--output-logs=errors-only"]);
  results.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
};
check("build", ["build"]);

// Unit and integration tests (real Postgres: DATABASE_URL's server, or the embedded one) mostly
// wait on the database, so they run beside the other checks and the browser tests rather than
// before them. Their output goes straight to a file (this process is busy waiting on the others)
// and is printed whole when they end.
const vitestLog = path.join(reportDir, "vitest.log");
console.log(`\n━━ unit and integration tests ━━  running beside the rest; output in ${path.relative(repoRoot, vitestLog)}`);
const vitestOut = openSync(vitestLog, "w");
const vitestDone = new Promise<void>((resolve) => {
  spawn(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(reportDir, "vitest.json")}`], {
    cwd: repoRoot,
    env: { ...env, FORCE_COLOR: "0" },
    stdio: ["ignore", vitestOut, vitestOut],
  }).on("close", () => resolve());
});

// --only: the build made the generated clients; nothing may rewrite them while the tests read them.
check("typecheck", ["typecheck", "--only"]);
check("lint", ["lint", "--only"]);
const formatted = run("format", bin("prettier"), ["--check", "--log-level=warn", "."]);
results.push({ suite: "format", passed: formatted ? 1 : 0, failed: formatted ? 0 : 1 });

// End-to-end tests in real Chromium against both apps (needs the build above).
const built = results[0]!.failed === 0;
const noBrowser = built ? ensureBrowser() : "the build failed";
if (noBrowser) results.push({ suite: "e2e", passed: 0, failed: 1, note: noBrowser });
else {
  run("end-to-end tests", bin("playwright"), ["test", "-c", "tooling/e2e/playwright.config.ts"]);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] }>(path.join(reportDir, "e2e.json"));
  if (e2e) results.push({ suite: "e2e", passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected + (e2e.errors?.length ? 1 : 0) });
  else results.push({ suite: "e2e", passed: 0, failed: 1, note: "playwright did not report" });
}

await vitestDone;
closeSync(vitestOut);
console.log(`\n━━ unit and integration tests ━━  (their output)\n${readFileSync(vitestLog, "utf8")}`);
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
