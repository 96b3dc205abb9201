// The public site's production server: Next, with the in-memory page cache in front of it.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { BROKEN_ENCODING_MESSAGE, hasBrokenEncoding } from "@atlas/next-config/broken-encoding";
import next from "next";

import { servePageFromCache } from "./page-cache.mjs";

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

const app = next({ dev: false, dir, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

createServer((req, res) => {
  if (hasBrokenEncoding(req.url ?? "/")) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(BROKEN_ENCODING_MESSAGE);
    return;
  }
  if (servePageFromCache(req, res)) return;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
}).listen(port, hostname, () => console.log(`✓ Public site ready on http://${hostname}:${port}`));
