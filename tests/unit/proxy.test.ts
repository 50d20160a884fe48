import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/auth.config";
import { readSessionToken, RENEW_AFTER_SECONDS } from "@/lib/auth/session-cookie";
import { proxy } from "@/proxy";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

/** A session token as Auth.js writes it at sign-in, issued `ageSeconds` ago. */
async function sessionCookie({ ageSeconds = 0 } = {}) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() - ageSeconds * 1000);
  try {
    return await encode({ token: { sub: "user-1", sid: "session-1", sv: 0 }, secret: SECRET, salt: SESSION_COOKIE.name, maxAge: SESSION_MAX_AGE_SECONDS });
  } finally {
    vi.useRealTimers();
  }
}

function request(path: string, cookie?: string) {
  return new NextRequest(new URL(path, "http://localhost:3000"), { headers: cookie ? { cookie: `${SESSION_COOKIE.name}=${cookie}` } : {} });
}

describe("proxy", () => {
  it("sends a visitor without a session to the sign-in page, keeping where they were going", async () => {
    const response = await proxy(request("/cases?status=open"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toBe("/cases?status=open");
    expect(response.headers.get("content-security-policy")).toContain("nonce-");
  });

  it("treats a forged session cookie as no session", async () => {
    const response = await proxy(request("/dashboards", "forged"));
    expect(response.status).toBe(307);
  });

  it("lets public pages through without a session", async () => {
    for (const path of ["/login", "/signaler", "/suivi", "/public"]) {
      const response = await proxy(request(path));
      expect(response.status, path).toBe(200);
    }
  });

  it("lets a valid session through with a nonce, and renews only a token older than 15 minutes", async () => {
    const fresh = await proxy(request("/cases", await sessionCookie()));
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("x-middleware-request-x-nonce")).toBeTruthy();
    expect(fresh.cookies.get(SESSION_COOKIE.name)).toBeUndefined();

    const young = await proxy(request("/cases", await sessionCookie({ ageSeconds: RENEW_AFTER_SECONDS - 60 })));
    expect(young.cookies.get(SESSION_COOKIE.name)).toBeUndefined();

    const old = await sessionCookie({ ageSeconds: RENEW_AFTER_SECONDS + 60 });
    const renewed = await proxy(request("/cases", old));
    expect(renewed.status).toBe(200);
    const cookie = renewed.cookies.get(SESSION_COOKIE.name)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: SESSION_MAX_AGE_SECONDS });
    const before = (await readSessionToken(old))!;
    const after = (await readSessionToken(cookie.value))!;
    expect(after).toMatchObject({ userId: "user-1", sessionVersion: 0 });
    expect(after.issuedAt).toBeGreaterThan(before.issuedAt);
  });

  it("never lets an expired session through to a private page", async () => {
    const expired = await sessionCookie({ ageSeconds: SESSION_MAX_AGE_SECONDS + 60 });
    const response = await proxy(request("/cases", expired));
    expect(response.status).toBe(307);
  });
});
