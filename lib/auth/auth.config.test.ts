import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the session cookie", () => {
  it("is __Host- and Secure, for the whole host, when the app is served over HTTPS", async () => {
    vi.stubEnv("APP_URL", "https://vigie.example.org");
    const { SESSION_COOKIE, authConfig } = await import("./auth.config");
    expect(SESSION_COOKIE.name).toBe("__Host-authjs.session-token");
    expect(SESSION_COOKIE.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
    expect(authConfig.useSecureCookies).toBe(true);
    const { FOLLOW_UP_COOKIE } = await import("@/lib/reports/follow-up-session");
    expect(FOLLOW_UP_COOKIE).toBe("__Secure-vigie_suivi");
  });

  it("has no prefix a browser would refuse over plain HTTP (local use)", async () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const { SESSION_COOKIE } = await import("./auth.config");
    expect(SESSION_COOKIE.name).toBe("authjs.session-token");
    expect(SESSION_COOKIE.options.secure).toBe(false);
  });
});
