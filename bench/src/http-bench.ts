import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { round } from "./stats.ts";
import { startWeb, waitFor } from "./web-server.ts";

const DURATION = 15;
const CONNECTIONS = 50;

async function load(url: string) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, pipelining: 1 });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors under load`);
  return { rps: round(r.requests.average, 0), p99: round(r.latency.p99, 1), bytes: round(r.throughput.average / 1e6, 1) };
}

/**
 * The cached China page from `next start` against nginx serving the very same bytes, one after
 * the other in the same run, with the same load (each server one process on this machine).
 */
export async function measureHttp(databaseUrl: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
  chmodSync(dir, 0o755); // nginx's workers run as an unprivileged user
  const children: ChildProcess[] = [];
  try {
    const web = await startWeb(databaseUrl, 3300);
    children.push(web.process);
    const pageUrl = "http://127.0.0.1:3300/countries/china";
    await fetch(pageUrl); // rendered once, then served from the cache
    const res = await fetch(pageUrl);
    const html = await res.text();
    if (!res.ok || !html.includes("relations with")) throw new Error(`the China page did not render (HTTP ${res.status})`);
    mkdirSync(path.join(dir, "root", "countries"), { recursive: true });
    writeFileSync(path.join(dir, "root", "countries", "china"), html);
    writeFileSync(
      path.join(dir, "nginx.conf"),
      `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; default_type text/html; sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server { listen 127.0.0.1:3301; root ${dir}/root; location / { try_files $uri =404; } } }`,
    );
    const nginx = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")], { stdio: "ignore" });
    children.push(nginx);
    await waitFor("http://127.0.0.1:3301/countries/china", nginx);

    const reference = await load("http://127.0.0.1:3301/countries/china");
    const atlas = await load(pageUrl);
    return {
      htmlKb: round(Buffer.byteLength(html) / 1024, 1),
      connections: CONNECTIONS,
      seconds: DURATION,
      nginx: reference,
      next: atlas,
      ratio: round(atlas.rps / reference.rps, 2),
    };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}
