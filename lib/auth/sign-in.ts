import "server-only";

import { cookies } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";

import type { TActionResult } from "@/lib/actions/result";
import { fieldErrorsOf } from "@/lib/actions/result";
import { signIn, signOut } from "@/lib/auth/auth";
import { readSessionToken, sessionCookieValue } from "@/lib/auth/session-cookie";
import { endSessionById } from "@/lib/auth/user-sessions";
import { ZLogin } from "@/lib/users/schemas";

/** Only same-site paths: an attacker's callbackUrl never sends a user elsewhere after sign-in. */
export function safeRedirectPath(candidate: unknown, fallback = "/"): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) {
    return fallback;
  }
  return candidate;
}

/**
 * Signs in with e-mail and password and redirects. Every failure gives one of two messages:
 * "wrong e-mail or password" or "too many attempts": never whether the account exists.
 */
export async function signInWithPassword(input: { email?: unknown; password?: unknown; callbackUrl?: unknown }): Promise<TActionResult> {
  const parsed = ZLogin.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    // Every sign-in goes through the second-factor step, which lets users without one straight through.
    const target = safeRedirectPath(input.callbackUrl);
    await signIn("credentials", { ...parsed.data, redirectTo: `/login/second-factor?callbackUrl=${encodeURIComponent(target)}` });
    return { ok: true, data: undefined };
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = error instanceof CredentialsSignin && error.code === "throttled";
      return { ok: false, formError: throttled ? "auth.throttled" : "auth.invalidCredentials" };
    }
    throw error; // NEXT_REDIRECT on success
  }
}

/** Ends this browser's session on the server (a copied cookie is void too), then clears the cookie. */
export async function signOutAndRedirect(): Promise<void> {
  const claims = await readSessionToken(sessionCookieValue(await cookies()));
  if (claims) await endSessionById(claims.sessionId);
  await signOut({ redirectTo: "/login" });
}

/**
 * After a password change the old token is void (sessionVersion): issue a fresh one. The new session
 * proves the second factor anew (or enrols it, for an invited user whose role requires one).
 */
export async function signInAgain(email: string, password: string, redirectTo: string): Promise<void> {
  await signIn("credentials", { email, password, redirectTo: `/login/second-factor?callbackUrl=${encodeURIComponent(redirectTo)}` });
}
