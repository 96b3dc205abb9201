import { NextResponse, type NextRequest } from "next/server";

import { env } from "@/env";

const production = env.NODE_ENV === "production";

/**
 * A strict Content-Security-Policy with a fresh nonce per request: Next puts the nonce on its own
 * scripts and styles (it reads it from the request's policy header), and no other script runs —
 * an injected inline script, or one from anywhere else, is refused by the browser.
 */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    `style-src 'self' ${production ? `'nonce-${nonce}'` : "'unsafe-inline'"}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Visitors without a session cookie go to sign-in before anything renders. Only a convenience:
// every page and every server action checks the actor itself (through core).
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const open = path === "/login" || path.startsWith("/api/auth");
  const hasSession = request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");
  if (!open && !hasSession) {
    const url = new URL("/login", request.url);
    url.searchParams.set("callbackUrl", path + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"] };
