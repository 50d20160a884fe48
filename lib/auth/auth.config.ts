import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that needs no database, with the public paths and the session
 * cookie that proxy.ts and lib/auth/session-cookie.ts share with it.
 * Providers and the database checks live in lib/auth/auth.ts.
 */
/** Member reporting (/signaler, /suivi) and public dashboards (/public) need no account. */
export const PUBLIC_PATHS = ["/login", "/invite", "/api/health", "/api/auth", "/signaler", "/suivi", "/public"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const secureCookies = (process.env.APP_URL ?? "").startsWith("https://");

/** Inactivity limit of a session: 8 hours (a working day), renewed as the user works (proxy.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The session cookie, as Auth.js writes it at sign-in and lib/auth/session-cookie.ts reads and renews
 * it; stated here so that both agree (the name is also the key-derivation salt of the JWT). Over HTTPS
 * it is `__Host-`: the browser then accepts it only Secure, for the whole host, never from a subdomain
 * or a plain-HTTP page (issue 16, point 4).
 */
export const SESSION_COOKIE = {
  name: `${secureCookies ? "__Host-" : ""}authjs.session-token`,
  options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
} as const;

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  useSecureCookies: secureCookies,
  cookies: { sessionToken: SESSION_COOKIE },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
} satisfies NextAuthConfig;
