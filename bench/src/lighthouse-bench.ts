import { existsSync } from "node:fs";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

import type { WebServer } from "./web-server.ts";

const PAGES = [
  ["home", "/"],
  ["country page", "/countries/russia"],
  ["timeline", "/timeline"],
  ["map", "/map"],
] as const;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;

/**
 * Lighthouse 12 (its own throttling model: a mid-range phone on a slow 4G, and the desktop
 * preset) on the public site's main pages, in Debian's Chromium where installed. Each page is
 * loaded once first so the score is of the cached page readers get.
 */
export async function measureLighthouse(web: WebServer) {
  const chrome = await chromeLauncher.launch({
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
    ...(existsSync("/usr/bin/chromium") ? { chromePath: "/usr/bin/chromium" } : {}),
  });
  const results: { page: string; formFactor: "mobile" | "desktop"; scores: LighthouseScores }[] = [];
  try {
    for (const [page, path] of PAGES) {
      await fetch(`${web.url}${path}`);
      for (const formFactor of ["mobile", "desktop"] as const) {
        const run = await lighthouse(
          `${web.url}${path}`,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
          formFactor === "desktop" ? desktopConfig : undefined,
        );
        if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseScores;
        results.push({ page, formFactor, scores });
      }
    }
  } finally {
    chrome.kill();
  }
  return { pages: results, lowest: Math.min(...results.flatMap((r) => Object.values(r.scores))) };
}
