// What both apps' servers check before Next sees a request: Next answers 500 to several odd
// requests (TRACE, a request line `GET *`, broken %-encoding, a foreign Origin on a server
// action, an oversized action body) and follows an absolute-form request line
// (`GET http://evil.example/…`) into its redirects. These are the client's mistakes or attacks:
// they get a 4xx with a plain explanation here. Plain JavaScript, for the apps' server.mjs.
import { IncomingMessage } from "node:http";

import { actionPayloadProblem } from "./action-payload.js";
import { BROKEN_ENCODING_MESSAGE, hasBrokenEncoding } from "./broken-encoding.js";

/** The header in which the server hands Next the client's address (any such header sent by the client is dropped). */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

/**
 * The client's address: the socket's, unless `trustedProxyHops` proxies in front of the app
 * (ATLAS_TRUSTED_PROXY_HOPS) append to X-Forwarded-For — then the address the outermost trusted
 * proxy saw. A client can write anything into X-Forwarded-For, so it is believed only that far.
 * @param {{ socket: { remoteAddress?: string }, headers: Record<string, string | string[] | undefined> }} req
 * @param {number} trustedProxyHops
 */
export function clientAddress(req, trustedProxyHops) {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (!trustedProxyHops) return socket;
  const forwarded = [req.headers["x-forwarded-for"] ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0] ?? socket;
}

/** @param {import("node:http").ServerResponse} res @param {number} status @param {string} message @param {Record<string, string>} [headers] */
function answer(res, status, message, headers = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers }).end(`${message}\n`);
  return true;
}

const sameOrigin = (origin, host) => {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
};

/** The body of a request, read whole (its length is known and bounded: see guardRequest). */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The same request with its body, already read, to be read again by Next. */
function replayed(req, body) {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
  });
  // Marked complete, as the parser marks a request whose body it read: ending it must not abort it.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * CONNECT asks a server to become a tunnel; Node hands it to a "connect" listener and, without
 * one, drops the connection unanswered. Both apps answer it 405.
 * @param {import("node:http").Server} server
 */
export function refuseTunnels(server) {
  server.on("connect", (_req, socket) => {
    socket.end("HTTP/1.1 405 Method Not Allowed\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nThis server is not a proxy.\n");
  });
  return server;
}

/**
 * guardRequest, then (when `actions` is on) a server action request's payload: read and
 * checked, then handed to Next as it came. Resolves to the request for Next, or null when the
 * request was answered here.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ methods: string[], maxBodyBytes: number, trustedProxyHops: number, sameOriginPosts: boolean, actions: boolean }} options
 */
export async function admitRequest(req, res, options) {
  if (guardRequest(req, res, options)) return null;
  if (!options.actions || req.method !== "POST" || !req.headers["next-action"]) return req;
  const body = await readBody(req);
  const problem = await actionPayloadProblem(body, req.headers);
  if (problem) {
    answer(res, 400, `Bad request: this server action payload cannot be read: ${problem}.`);
    return null;
  }
  return replayed(req, body);
}

/**
 * Answers the request itself when it must not reach Next; returns false to let Next handle it.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ methods: string[], maxBodyBytes: number, trustedProxyHops: number, sameOriginPosts: boolean }} options
 */
export function guardRequest(req, res, options) {
  let target = req.url ?? "";
  // Absolute form (RFC 9112 §3.2.2): the path is what counts; the host never leaves this server.
  if (/^https?:\/\//i.test(target)) {
    try {
      const u = new URL(target);
      target = req.url = `${u.pathname}${u.search}`;
    } catch {
      return answer(res, 400, "Bad request: the request target is not an address.");
    }
  }
  if (!target.startsWith("/")) return answer(res, 400, "Bad request: the request target must be a path on this site.");
  if (hasBrokenEncoding(target)) return answer(res, 400, BROKEN_ENCODING_MESSAGE.trim());
  const method = req.method ?? "GET";
  if (!options.methods.includes(method)) return answer(res, 405, `Method ${method} is not allowed here.`, { allow: options.methods.join(", ") });

  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, options.trustedProxyHops);

  if (method === "POST") {
    const length = Number(req.headers["content-length"] ?? NaN);
    if (req.headers["transfer-encoding"] && Number.isNaN(length)) return answer(res, 411, "Send the body with a Content-Length.");
    if (length > options.maxBodyBytes) {
      res.setHeader("connection", "close");
      return answer(res, 413, `The body is too large: at most ${Math.round(options.maxBodyBytes / 1024)} KB.`);
    }
    if (options.sameOriginPosts) {
      const origin = req.headers.origin;
      const crossSite = req.headers["sec-fetch-site"] === "cross-site";
      if (crossSite || (origin && origin !== "null" && !sameOrigin(origin, req.headers.host ?? ""))) return answer(res, 403, "Forbidden: this form was sent from another site.");
      if (origin === "null") return answer(res, 403, "Forbidden: this form was sent from an opaque origin.");
    }
  }
  return false;
}
