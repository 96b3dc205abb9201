// The admin app's production server: Next behind the request checks both apps share (odd
// methods and request lines, foreign origins, oversized bodies and unreadable server action
// payloads answered 4xx; the client's address handed over for sign-in throttling).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import next from "next";

import { admitRequest, refuseTunnels } from "@atlas/next-config/request-guard";
import { serverEnv } from "@atlas/next-config/server-env";

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = serverEnv.PORT ?? 3001;
const hostname = serverEnv.HOSTNAME;
const trustedProxyHops = serverEnv.ATLAS_TRUSTED_PROXY_HOPS;

const app = next({ dev: false, dir, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

// Server actions take at most 1 MB (next.config.ts says the same).
const options = { methods: ["GET", "HEAD", "POST"], maxBodyBytes: 1024 * 1024, trustedProxyHops, sameOriginPosts: true, actions: true };

refuseTunnels(
  createServer((req, res) => {
    admitRequest(req, res, options)
      .then((admitted) => admitted && handle(admitted, res))
      .catch((error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end();
      });
  }),
).listen(port, hostname, () => console.log(`✓ Admin app ready on http://${hostname}:${port}`));
