import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { format, resolveConfig } from "prettier";

import { repoRoot } from "@atlas/db/paths";

export const resultsDir = path.join(repoRoot, "bench", "results");

type Stamp = { date: string; machine: string; engine: string };
type Timing = { p50: number; p95: number; wallP50?: number; wallP95?: number };
type Http = Omit<Stamp, "engine"> & {
  htmlKb: number;
  connections: number;
  seconds: number;
  nginx: { rps: number; p99: number };
  next: { rps: number; p99: number };
  ratio: number;
};
type Rate = { rps: number; p99: number; ratio: number };
type SharedRun = Omit<Stamp, "engine"> & {
  htmlKb: number;
  connections: number;
  nginx: { rps: number; p99: number };
  instance: Rate;
  instanceWithoutPageCache: Rate;
  twoBehindNginx: Rate;
};
type DbRun = Stamp & { countryPage: Timing; search: Timing };
type AdminRun = Stamp & { lists: Record<string, { p95: number; wallP95: number }> };
type PublishRun = Stamp & {
  approvals: Record<string, { label: string; approvalP95: number; freshP95: number; runs: number }>;
  reindex: Record<string, { label: string; events: number; seconds: number }>;
};
type Load = { connections: number; seconds: number; requests: number; rps: number; p99: number; errors: number };
type LoadRun = Stamp & { cachedPage: Load; search: Load; webRssMb: number | null };
type LighthouseRun = Omit<Stamp, "engine"> & { pages: { page: string; formFactor: string; scores: Record<string, number> }[]; lowest: number };

const read = <T>(name: string): T | null => {
  const file = path.join(resultsDir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
};
const verdict = (ok: boolean) => (ok ? "✅ met" : "❌ not met");
const n = (x: number) => x.toLocaleString("en");
// Database time is what the goal names; wall time (the reader's own work in Node.js included) is shown beside it.
const wall = (t: Timing) => (t.wallP95 === undefined ? "" : `; wall time p50 ${t.wallP50} ms, p95 ${t.wallP95} ms`);

/** The table's rows, from the latest results of each engine. */
function rows(): string[][] {
  const out: string[][] = [];
  const when = (s: Omit<Stamp, "engine">) => `${s.date}, ${s.machine}`;
  const http = read<Http>("http.json");
  if (http) {
    out.push([
      `cached China page (${http.htmlKb} KB), ${http.connections} connections, ${http.seconds} s`,
      "≥ 0.3 × nginx",
      `**${http.ratio} × nginx**: ${n(http.next.rps)} req/s, p99 ${http.next.p99} ms (nginx: ${n(http.nginx.rps)} req/s, p99 ${http.nginx.p99} ms)`,
      verdict(http.ratio >= 0.3),
      when(http),
    ]);
  }
  const shared = read<SharedRun>("shared-cache.json");
  if (shared) {
    const rate = (r: Rate) => `${r.ratio} × nginx, ${n(r.rps)} req/s, p99 ${r.p99} ms`;
    out.push([
      `cached China page through the shared cache (Redis), ${shared.connections} connections`,
      "≥ 0.5 × nginx per instance",
      `one instance: **${rate(shared.instance)}**; without its page cache: ${rate(shared.instanceWithoutPageCache)}; two behind nginx: ${rate(shared.twoBehindNginx)} (nginx: ${n(shared.nginx.rps)} req/s)`,
      verdict(shared.instance.ratio >= 0.5),
      when(shared),
    ]);
  }
  const lh = read<LighthouseRun>("lighthouse.json");
  if (lh) {
    const list = lh.pages.map((p) => `${p.page} (${p.formFactor}) ${Object.values(p.scores).join("/")}`).join("; ");
    out.push(["Lighthouse 12: performance / accessibility / best practices / SEO", "≥ 95 in all four", `**lowest ${lh.lowest}**: ${list}`, verdict(lh.lowest >= 95), when(lh)]);
  }
  for (const engine of ["server", "embedded"]) {
    const db = read<DbRun>(`db-${engine}.json`);
    if (db) {
      out.push([
        `country page, DB time (${db.engine})`,
        "p95 ≤ 20 ms",
        `DB time p50 ${db.countryPage.p50} ms, **p95 ${db.countryPage.p95} ms**${wall(db.countryPage)}`,
        verdict(db.countryPage.p95 <= 20),
        when(db),
      ]);
      out.push([
        `search, DB time (${db.engine})`,
        "p95 ≤ 50 ms",
        `DB time p50 ${db.search.p50} ms, **p95 ${db.search.p95} ms**${wall(db.search)}`,
        verdict(db.search.p95 <= 50),
        when(db),
      ]);
    }
    const admin = read<AdminRun>(`admin-${engine}.json`);
    if (admin) {
      const lists = Object.entries(admin.lists);
      const [worst, t] = lists.reduce((a, b) => (b[1].p95 > a[1].p95 ? b : a));
      out.push([
        `admin lists at size: entries, review queue, audit log, pickers; ${lists.length} views with deep pages and filters (${admin.engine})`,
        "p95 ≤ 50 ms each",
        `slowest: ${worst}, **DB time p95 ${t.p95} ms** (wall ${t.wallP95} ms); each view in bench/results/admin-${engine}.json`,
        verdict(lists.every(([, v]) => v.p95 <= 50)),
        when(admin),
      ]);
    }
    const publish = read<PublishRun>(`publish-${engine}.json`);
    if (publish) {
      for (const a of Object.values(publish.approvals)) {
        out.push([
          `approving an edit of the ${a.label}, 100,000 events (${publish.engine})`,
          "p95 ≤ 300 ms",
          `**p95 ${a.approvalP95} ms** over ${a.runs} approvals`,
          verdict(a.approvalP95 <= 300),
          when(publish),
        ]);
        out.push([
          `its public page fresh after approval (${publish.engine})`,
          "≤ 1 s",
          `**p95 ${a.freshP95} ms** from approval to the new page`,
          verdict(a.freshP95 <= 1000),
          when(publish),
        ]);
      }
      for (const r of Object.values(publish.reindex)) {
        out.push([
          `renaming the ${r.label}: everything quoting it re-indexed (${publish.engine})`,
          "≤ 30 s",
          `**${r.seconds} s** (${n(r.events)} events and the rest)`,
          verdict(r.seconds <= 30),
          when(publish),
        ]);
      }
    }
    const load = read<LoadRun>(`load-${engine}.json`);
    if (load) {
      const row = (what: string, l: Load) => [
        `${what}: ${l.connections} connections, ${l.seconds} s (${load.engine})`,
        "0 errors",
        `**${l.errors} errors** in ${n(l.requests)} requests; ${n(l.rps)} req/s, p99 ${l.p99} ms${what.startsWith("cached") && load.webRssMb ? `; web process ${load.webRssMb} MB after` : ""}`,
        verdict(l.errors === 0),
        when(load),
      ];
      out.push(row("cached country page under load", load.cachedPage));
      out.push(row("search under load", load.search));
    }
  }
  return out;
}

/** Rewrites the performance table of the README from the latest results. */
export async function updateReadme(): Promise<void> {
  const lines = ["| measure | goal | result | | date, machine |", "| --- | --- | --- | --- | --- |", ...rows().map((r) => `| ${r.join(" | ")} |`)];
  const file = path.join(repoRoot, "README.md");
  const readme = readFileSync(file, "utf8");
  const table = `<!-- bench:start -->\n${lines.join("\n")}\n<!-- bench:end -->`;
  // Formatted as `pnpm format` would, so the format check stays green after a run.
  const text = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, table);
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}
