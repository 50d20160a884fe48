/**
 * Reading and renewing the session cookie without going through Auth.js's request pipeline
 * (ADR 0020). Auth.js writes the cookie at sign-in (an encrypted JWT: JWE dir + A256CBC-HS512, key
 * derived from AUTH_SECRET with the cookie name as salt); proxy.ts and getCurrentUser() read it with
 * the same functions Auth.js uses (`next-auth/jwt`), about a millisecond, where a full `auth()`
 * call decrypted, re-encrypted and rebuilt a request and a response on every page.
 * The claims are only a claim: getCurrentUser() still checks the user, its status and its session
 * version in the database on every request (ADR 0005).
 * No "server-only": proxy.ts and the unit tests import it.
 */
import { LRUCache } from "lru-cache";
import { decode, encode, type JWT } from "next-auth/jwt";

import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/auth.config";

/** A valid token older than this is re-issued with a fresh expiry (Auth.js re-issued it on every request). */
export const RENEW_AFTER_SECONDS = 15 * 60;

/** `sessionId` names the row of user_sessions that must still be live (lib/auth/user-sessions.ts). */
export type TSessionClaims = { userId: string; sessionId: string; sessionVersion: number; issuedAt: number; token: JWT };

type TCookieReader = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

/** The cookie's value, joined when Auth.js split a large token into `name.0`, `name.1`, … */
export function sessionCookieValue(cookies: TCookieReader): string | undefined {
  const whole = cookies.get(SESSION_COOKIE.name)?.value;
  if (whole) return whole;
  const chunks = cookies
    .getAll()
    .filter((cookie) => cookie.name.startsWith(`${SESSION_COOKIE.name}.`))
    .map((cookie) => ({ index: Number(cookie.name.slice(SESSION_COOKIE.name.length + 1)), value: cookie.value }))
    .filter((chunk) => Number.isInteger(chunk.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

/**
 * Tokens already decrypted, by value, until they expire. Decrypting one costs about a millisecond (key
 * derivation, then AES), and each signed-in request reads its token twice (proxy.ts, getCurrentUser()).
 * Only tokens that decrypted are kept: a forged one is decrypted, and refused, every time. Nothing else
 * rests on this: getCurrentUser() checks the user and its session version in the database on every
 * request, so a revoked session ends whatever is kept here. Bounded: the least recently read go first.
 */
const READ_TOKENS = new LRUCache<string, TSessionClaims>({ max: 5_000 });

/** The claims of a session token, or null when it is missing, forged, expired or not ours. */
export async function readSessionToken(value: string | undefined): Promise<TSessionClaims | null> {
  if (!value) return null;
  const known = READ_TOKENS.get(value);
  if (known) {
    // Kept until its expiry only; past it, decode() decides (it allows Auth.js's clock tolerance).
    if ((known.token.exp as number) * 1000 > Date.now()) return known;
    READ_TOKENS.delete(value);
  }
  let token: JWT | null;
  try {
    token = await decode({ token: value, secret: secret(), salt: SESSION_COOKIE.name });
  } catch {
    return null;
  }
  if (!token || typeof token.sub !== "string" || typeof token.sid !== "string" || typeof token.sv !== "number" || typeof token.iat !== "number") return null;
  const claims: TSessionClaims = Object.freeze({ userId: token.sub, sessionId: token.sid, sessionVersion: token.sv, issuedAt: token.iat, token: Object.freeze(token) });
  if (typeof token.exp === "number" && token.exp * 1000 > Date.now()) READ_TOKENS.set(value, claims);
  return claims;
}

export function renewalDue(claims: Pick<TSessionClaims, "issuedAt">, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return nowSeconds - claims.issuedAt >= RENEW_AFTER_SECONDS;
}

/** The same claims in a new token expiring SESSION_MAX_AGE_SECONDS from now, with the cookie options. */
export async function renewedSessionCookie(claims: TSessionClaims) {
  // encode() stamps a new issue time, expiry and id.
  const kept: JWT = { ...claims.token };
  delete kept.iat;
  delete kept.exp;
  delete kept.jti;
  const value = await encode({ token: kept, secret: secret(), salt: SESSION_COOKIE.name, maxAge: SESSION_MAX_AGE_SECONDS });
  return { name: SESSION_COOKIE.name, value, options: { ...SESSION_COOKIE.options, maxAge: SESSION_MAX_AGE_SECONDS } };
}
