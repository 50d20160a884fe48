import "server-only";

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { authConfig } from "@/lib/auth/auth.config";
import { startUserSession } from "@/lib/auth/user-sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { logger } from "@/lib/logger";

/** Too many failures: the sign-in form says so, with the same wording whether the account exists or not. */
class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

// Signs users in and out; reading the session is lib/auth/session-cookie.ts (ADR 0020).
export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // Failed sign-ins are expected; log them without the stack trace Auth.js prints by default.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: { name: error.name, message: error.message } }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials(credentials, request.headers);
        if (result.status === "throttled") throw new ThrottledSignin();
        if (result.status === "invalid") return null;
        const sessionId = await startUserSession(result.user, request.headers.get("user-agent"));
        return { ...result.user, sessionId };
      },
    }),
  ],
});
