import { existsSync } from "node:fs";

import { defineConfig } from "@playwright/test";

import { ports } from "./support/ports.ts";

// Debian's Chromium where it is installed (these machines: no browser downloads), Playwright's own elsewhere.
const systemChromium = "/usr/bin/chromium";
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : undefined);

export default defineConfig({
  testDir: "./tests",
  outputDir: "../../test-results/e2e",
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // One running site and database for the whole run; the editorial walk changes its data.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "../../.test-report/e2e.json" }]],
  globalSetup: "./support/global-setup.ts",
  use: {
    baseURL: `http://localhost:${ports.web}`,
    // A failed test keeps its trace (actions, DOM snapshots, network); the film of every test is
    // left out, which the whole run paid for on every test.
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1280, height: 900 } } }],
});
