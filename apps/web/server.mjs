// The public site's production server: Next, behind the request checks both apps share, the
// caching headers of public answers and the in-memory page cache. It runs from the repository
// (`pnpm start`) and, bundled, from Next's standalone output (the Docker image).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import next from "next";

import { guardRequest, refuseTunnels } from "@atlas/next-config/request-guard";
import { serverEnv } from "@atlas/next-config/server-env";

import { setPublicCacheHeaders } from "./cache-policy.mjs";
import { sharedCache } from "./cache/shared-cache.mjs";
import { servePageFromCache } from "./page-cache.mjs";
import { canonicalTarget } from "./query-params.mjs";

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = serverEnv.PORT ?? 3000;
const hostname = serverEnv.HOSTNAME;
const trustedProxyHops = serverEnv.ATLAS_TRUSTED_PROXY_HOPS;

const app = next({ dev: false, dir, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();
const cache = sharedCache();
console.log(`Shared cache: ${cache.mode === "redis" ? "Redis (REDIS_URL), with a copy in memory" : "this process's memory (no REDIS_URL)"}.`);

refuseTunnels(
  createServer((req, res) => {
    // Only /api/revalidate takes a body (a signed list of tags).
    if (guardRequest(req, res, { methods: ["GET", "HEAD", "POST", "OPTIONS"], maxBodyBytes: 64 * 1024, trustedProxyHops, sameOriginPosts: false })) return;
    req.url = canonicalTarget(req.url ?? "/");
    if (servePageFromCache(req, res)) return;
    if ((req.method === "GET" || req.method === "HEAD") && !req.url.startsWith("/_next/")) setPublicCacheHeaders(res, req.url);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  }),
).listen(port, hostname, () => console.log(`✓ Public site ready on http://${hostname}:${port}`));
