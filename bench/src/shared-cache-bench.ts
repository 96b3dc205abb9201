import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { startRedis } from "@atlas/vitest/redis-server";

import { round } from "./stats.ts";
import { startWeb, waitFor, type WebServer } from "./web-server.ts";

const DURATION = 15;
const CONNECTIONS = 50;
const PAGE = "/countries/china";

async function load(url: string) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, pipelining: 1 });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors under load`);
  return { rps: round(r.requests.average, 0), p99: round(r.latency.p99, 1) };
}

/**
 * Several web instances sharing their cache through Redis (Debian's redis-server), against nginx
 * serving the same bytes, in the same run: each instance alone (with the page cache in front of
 * Next, as deployed, and without it: Next answering through the shared cache's memory level),
 * and two instances behind nginx as a reverse proxy. The page is rendered once, by the first
 * instance; the others take it from Redis.
 */
export async function measureSharedCache(databaseUrl: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-bench-shared-"));
  chmodSync(dir, 0o755); // nginx's workers run as an unprivileged user
  const children: ChildProcess[] = [];
  const webs: WebServer[] = [];
  const redis = await startRedis();
  try {
    const shared = { REDIS_URL: redis.url };
    for (const [port, extra] of [
      [3302, shared],
      [3303, shared],
      [3305, { ...shared, ATLAS_PAGE_CACHE_MB: "0" }],
    ] as const)
      webs.push(await startWeb(databaseUrl, port, extra));
    const [first, second, noFront] = webs as [WebServer, WebServer, WebServer];
    const html = await (await fetch(`${first.url}${PAGE}`)).text();
    for (const web of webs) for (let i = 0; i < 2; i++) await fetch(`${web.url}${PAGE}`);
    const fromRedis = await fetch(`${second.url}${PAGE}`);
    if (!html.includes("relations with") || (await fromRedis.text()) !== html) throw new Error("the second instance did not serve the first one's page");
    mkdirSync(path.join(dir, "root", "countries"), { recursive: true });
    writeFileSync(path.join(dir, "root", "countries", "china"), html);
    writeFileSync(
      path.join(dir, "nginx.conf"),
      `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; default_type text/html; sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream atlas { server 127.0.0.1:3302; server 127.0.0.1:3303; keepalive 64; }
  server { listen 127.0.0.1:3301; root ${dir}/root; location / { try_files $uri =404; } }
  server { listen 127.0.0.1:3304; location / { proxy_pass http://atlas; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_buffering on; } } }`,
    );
    const nginx = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")], { stdio: "ignore" });
    children.push(nginx);
    await waitFor(`http://127.0.0.1:3301${PAGE}`, nginx);
    await waitFor(`http://127.0.0.1:3304${PAGE}`, nginx);

    const reference = await load(`http://127.0.0.1:3301${PAGE}`);
    const instance = await load(`${second.url}${PAGE}`);
    const nextOnly = await load(`${noFront.url}${PAGE}`);
    const proxied = await load(`http://127.0.0.1:3304${PAGE}`);
    const ratio = (x: { rps: number }) => round(x.rps / reference.rps, 2);
    return {
      htmlKb: round(Buffer.byteLength(html) / 1024, 1),
      connections: CONNECTIONS,
      seconds: DURATION,
      nginx: reference,
      instance: { ...instance, ratio: ratio(instance) },
      instanceWithoutPageCache: { ...nextOnly, ratio: ratio(nextOnly) },
      twoBehindNginx: { ...proxied, ratio: ratio(proxied) },
    };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(webs.map((w) => w.stop()));
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
