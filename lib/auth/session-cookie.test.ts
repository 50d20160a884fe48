import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/auth.config";
import { readSessionToken, renewalDue, renewedSessionCookie, RENEW_AFTER_SECONDS, sessionCookieValue } from "@/lib/auth/session-cookie";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";

/** A token as Auth.js writes it at sign-in (same function, secret and salt). */
function signInToken(claims: Record<string, unknown>, options: { secret?: string; salt?: string; maxAge?: number } = {}) {
  return encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? SESSION_COOKIE.name, maxAge: options.maxAge });
}

function jar(entries: Record<string, string>) {
  return {
    get: (name: string) => (name in entries ? { value: entries[name]! } : undefined),
    getAll: () => Object.entries(entries).map(([name, value]) => ({ name, value })),
  };
}

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

describe("readSessionToken", () => {
  it("reads the user and session version of a token written at sign-in", async () => {
    const claims = await readSessionToken(await signInToken({ sub: "user-1", sid: "session-1", sv: 3, name: "Awa", email: "awa@example.test" }));
    expect(claims).toMatchObject({ userId: "user-1", sessionVersion: 3 });
    expect(claims!.issuedAt).toBeGreaterThan(0);
  });

  it("refuses a missing, forged, expired or foreign token", async () => {
    expect(await readSessionToken(undefined)).toBeNull();
    expect(await readSessionToken("not-a-token")).toBeNull();
    const valid = await signInToken({ sub: "user-1", sid: "session-1", sv: 0 });
    const tampered = `${valid.slice(0, -4)}${valid.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(await readSessionToken(tampered)).toBeNull();
    expect(await readSessionToken(await signInToken({ sub: "user-1", sid: "session-1", sv: 0 }, { secret: "another-secret-0123456789abcdef0123456789" }))).toBeNull();
    // Another cookie's token (Auth.js salts each cookie's key with its name).
    expect(await readSessionToken(await signInToken({ sub: "user-1", sid: "session-1", sv: 0 }, { salt: "authjs.other" }))).toBeNull();
    // Expired beyond the 15 s clock tolerance.
    expect(await readSessionToken(await signInToken({ sub: "user-1", sid: "session-1", sv: 0 }, { maxAge: -60 }))).toBeNull();
  });

  it("a token read before is refused once it expires (read tokens are kept until their expiry only)", async () => {
    const value = await signInToken({ sub: "user-1", sid: "session-1", sv: 0 }, { maxAge: 60 });
    const first = await readSessionToken(value);
    expect(await readSessionToken(value)).toEqual(first);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      // Past its expiry and Auth.js's 15 s clock tolerance.
      vi.setSystemTime(Date.now() + 80_000);
      expect(await readSessionToken(value)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses a token without a user, a session or a session version", async () => {
    expect(await readSessionToken(await signInToken({ sid: "session-1", sv: 0 }))).toBeNull();
    expect(await readSessionToken(await signInToken({ sub: "user-1", sid: "session-1" }))).toBeNull();
    // Tokens from before sessions had ids: refused, their holders sign in again.
    expect(await readSessionToken(await signInToken({ sub: "user-1", sv: 0 }))).toBeNull();
  });
});

describe("sessionCookieValue", () => {
  it("reads the cookie, or joins the chunks Auth.js writes for a large token, in order", () => {
    expect(sessionCookieValue(jar({ [SESSION_COOKIE.name]: "whole" }))).toBe("whole");
    expect(sessionCookieValue(jar({ [`${SESSION_COOKIE.name}.1`]: "B", [`${SESSION_COOKIE.name}.0`]: "A", other: "x" }))).toBe("AB");
    expect(sessionCookieValue(jar({ other: "x" }))).toBeUndefined();
  });
});

describe("renewal", () => {
  it("is due once the token is RENEW_AFTER_SECONDS old, not before", () => {
    expect(renewalDue({ issuedAt: 1_000 }, 1_000 + RENEW_AFTER_SECONDS - 1)).toBe(false);
    expect(renewalDue({ issuedAt: 1_000 }, 1_000 + RENEW_AFTER_SECONDS)).toBe(true);
  });

  it("re-issues the same claims with a fresh 8-hour expiry and Auth.js's cookie options", async () => {
    const old = (await readSessionToken(await signInToken({ sub: "user-1", sid: "session-1", sv: 2, email: "awa@example.test" }, { maxAge: 60 })))!;
    const cookie = await renewedSessionCookie(old);
    expect(cookie.name).toBe(SESSION_COOKIE.name);
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: SESSION_MAX_AGE_SECONDS });
    const renewed = (await readSessionToken(cookie.value))!;
    expect(renewed).toMatchObject({ userId: "user-1", sessionVersion: 2 });
    expect(renewed.token.email).toBe("awa@example.test");
    expect(renewed.token.exp).toBeGreaterThan(old.token.exp as number);
    expect(renewed.token.exp as number).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + SESSION_MAX_AGE_SECONDS - 5);
  });
});
