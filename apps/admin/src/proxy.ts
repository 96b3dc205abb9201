import { NextResponse, type NextRequest } from "next/server";

import { BROKEN_ENCODING_MESSAGE, hasBrokenEncoding } from "@atlas/next-config/broken-encoding";

// Sends visitors without a session cookie to sign-in before rendering anything. Only a
// convenience: every page and every server action checks the actor itself (through core).
export function proxy(request: NextRequest) {
  if (hasBrokenEncoding(request.nextUrl.pathname)) {
    return new NextResponse(BROKEN_ENCODING_MESSAGE, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const hasSession = request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|icon.svg).*)"] };
