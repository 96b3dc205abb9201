import autocannon from "autocannon";

import { round } from "./stats.ts";
import { rssMb, type WebServer } from "./web-server.ts";

async function load(url: string, connections: number, duration: number) {
  const r = await autocannon({ url, connections, duration, pipelining: 1, timeout: 10 });
  return {
    connections,
    seconds: duration,
    requests: r.requests.total,
    rps: round(r.requests.average, 0),
    p50: round(r.latency.p50, 1),
    p99: round(r.latency.p99, 1),
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

/** Many readers at once on the public site at size: a cached country page, and search. */
export async function measureLoad(web: WebServer) {
  const page = `${web.url}/countries/bench-2`;
  await fetch(page);
  const cached = await load(page, 200, 60);
  const search = await load(`${web.url}/search?q=trade%20agreement`, 50, 30);
  return { cachedPage: cached, search, webRssMb: await rssMb(web.process.pid) };
}
