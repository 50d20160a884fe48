import { afterEach, describe, expect, it, vi } from "vitest";

import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security/headers";

afterEach(() => vi.unstubAllEnvs());

describe("security headers", () => {
  it("allows scripts only with the request's nonce in production (no unsafe-inline, no eval)", () => {
    vi.stubEnv("NODE_ENV", "production");
    const csp = contentSecurityPolicy("abc123");
    const scriptSrc = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("sends HSTS in production only, and the static headers always", () => {
    vi.stubEnv("NODE_ENV", "production");
    const production = Object.fromEntries(staticSecurityHeaders().map(({ key, value }) => [key, value]));
    expect(production).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      "Strict-Transport-Security": expect.stringContaining("max-age="),
    });
    vi.stubEnv("NODE_ENV", "development");
    expect(staticSecurityHeaders().map(({ key }) => key)).not.toContain("Strict-Transport-Security");
  });
});
