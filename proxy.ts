import { type NextRequest, NextResponse } from "next/server";

import { isPublicPath } from "@/lib/auth/auth.config";
import { readSessionToken, renewalDue, renewedSessionCookie, sessionCookieValue } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy } from "@/lib/security/headers";

/**
 * Every page request: a fresh CSP nonce (scripts run only with it), a redirect to /login for visitors
 * of private pages without a valid session token, and the token's renewal every 15 minutes of use
 * (8 hours of inactivity end a session). Optimistic only: pages and actions still check the user in
 * the database (getCurrentUser).
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);

  const session = await readSessionToken(sessionCookieValue(request.cookies));
  const { pathname, search } = request.nextUrl;
  if (!session && !isPublicPath(pathname)) {
    const login = new URL("/login", request.nextUrl);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    const redirect = NextResponse.redirect(login);
    redirect.headers.set("Content-Security-Policy", csp);
    return redirect;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (session && renewalDue(session)) {
    const cookie = await renewedSessionCookie(session);
    response.cookies.set(cookie.name, cookie.value, cookie.options);
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
