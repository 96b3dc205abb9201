import { NextResponse, type NextRequest } from "next/server";

// Sends visitors without a session cookie to sign-in before rendering anything. Only a
// convenience: every page and every server action checks the actor itself (through core).
export function proxy(request: NextRequest) {
  // Next answers a path with broken %-encoding with a 500; it is the client's mistake.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address has broken %-encoding.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const hasSession = request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|icon.svg).*)"] };
