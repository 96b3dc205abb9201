import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { format, resolveConfig } from "prettier";

import { repoRoot } from "@atlas/db/paths";

export const resultsDir = path.join(repoRoot, "bench", "results");

type Http = {
  date: string;
  machine: string;
  htmlKb: number;
  connections: number;
  seconds: number;
  nginx: { rps: number; p99: number };
  next: { rps: number; p99: number };
  ratio: number;
};
type Timing = { p50: number; p95: number; wallP50?: number; wallP95?: number };
type Db = { date: string; machine: string; engine: string; countryPage: Timing; search: Timing };
// Database time is what the goal names; wall time (the reader's own work in Node.js included) is shown beside it.
const wall = (t: Timing) => (t.wallP95 === undefined ? "" : `; wall time p50 ${t.wallP50} ms, p95 ${t.wallP95} ms`);

const read = <T>(name: string): T | null => {
  const file = path.join(resultsDir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
};
const verdict = (ok: boolean) => (ok ? "✅ met" : "❌ not met");

/** Rewrites the performance table of the README from the latest results. */
export async function updateReadme(): Promise<void> {
  const http = read<Http>("http.json");
  const dbs = [read<Db>("db-server.json"), read<Db>("db-embedded.json")].filter((d): d is Db => d !== null);
  const rows = ["| measure | goal | result | | date, machine |", "| --- | --- | --- | --- | --- |"];
  if (http) {
    rows.push(
      `| cached China page (${http.htmlKb} KB), ${http.connections} connections, ${http.seconds} s | ≥ 0.3 × nginx | **${http.ratio} × nginx**: ${http.next.rps.toLocaleString("en")} req/s, p99 ${http.next.p99} ms (nginx: ${http.nginx.rps.toLocaleString("en")} req/s, p99 ${http.nginx.p99} ms) | ${verdict(http.ratio >= 0.3)} | ${http.date}, ${http.machine} |`,
    );
  }
  for (const d of dbs) {
    rows.push(
      `| country page, DB time (${d.engine}) | p95 ≤ 20 ms | DB time p50 ${d.countryPage.p50} ms, **p95 ${d.countryPage.p95} ms**${wall(d.countryPage)} | ${verdict(d.countryPage.p95 <= 20)} | ${d.date}, ${d.machine} |`,
    );
    rows.push(
      `| search, DB time (${d.engine}) | p95 ≤ 50 ms | DB time p50 ${d.search.p50} ms, **p95 ${d.search.p95} ms**${wall(d.search)} | ${verdict(d.search.p95 <= 50)} | ${d.date}, ${d.machine} |`,
    );
  }
  const file = path.join(repoRoot, "README.md");
  const readme = readFileSync(file, "utf8");
  const table = `<!-- bench:start -->\n${rows.join("\n")}\n<!-- bench:end -->`;
  // Formatted as `pnpm format` would, so the format check stays green after a run.
  const text = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, table);
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}
