import { expect, test } from "@playwright/test";
import pg from "pg";

import { loginAs } from "./fixtures";

test("pages carry a nonce-based CSP and the hardening headers", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const csp = first.headers()["content-security-policy"]!;
  const scriptSrc = csp.split("; ").find((directive) => directive.startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  // A fresh nonce per response.
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
  });
  expect(first.headers()["strict-transport-security"]).toContain("max-age=");
  expect(first.headers()["x-powered-by"]).toBeUndefined();
});

test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  await loginAs(page, "viewer");
  const session = (await context.cookies()).find((cookie) => cookie.name.includes("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("the running app connects to its database as vigie_app, never as the owner (ADR 0035)", async ({ page }) => {
  await loginAs(page, "repBanque");
  const owner = new pg.Client({ connectionString: `postgresql://vigie:vigie@127.0.0.1:${process.env.E2E_PG_PORT ?? "54330"}/vigie` });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ usename: string; application_name: string }>(
      `SELECT usename, application_name FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.usename !== "vigie_app")).toEqual([]);
  } finally {
    await owner.end();
  }
});
