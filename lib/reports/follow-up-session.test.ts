import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { FOLLOW_UP_MINUTES, openFollowUp, sealFollowUp } from "./follow-up-session";

vi.mock("next/headers", () => ({ cookies: async () => ({}) }));
vi.mock("@/lib/env", () => ({ env: () => ({ AUTH_SECRET: process.env.AUTH_SECRET }), isSecureDeployment: () => false }));

const REPORT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const NOW = Date.UTC(2026, 10, 24, 10, 0, 0);

beforeEach(() => vi.stubEnv("AUTH_SECRET", "follow-up-test-secret-5555555555555555"));
afterEach(() => vi.unstubAllEnvs());

describe("the follow-up cookie", () => {
  it("opens to the report id until it expires, and holds nothing readable", () => {
    const sealed = sealFollowUp(REPORT_ID, NOW);
    expect(openFollowUp(sealed, NOW + 60_000)).toBe(REPORT_ID);
    expect(openFollowUp(sealed, NOW + FOLLOW_UP_MINUTES * 60_000 + 1)).toBeNull();
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain(REPORT_ID);
  });

  it("refuses a forged, tampered or foreign cookie", () => {
    const sealed = sealFollowUp(REPORT_ID, NOW);
    const bytes = Buffer.from(sealed, "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect(openFollowUp(bytes.toString("base64url"), NOW)).toBeNull();
    expect(openFollowUp(Buffer.from(JSON.stringify({ r: REPORT_ID, e: NOW + 1e9 })).toString("base64url"), NOW)).toBeNull();
    expect(openFollowUp(undefined, NOW)).toBeNull();
    expect(openFollowUp("x".repeat(600), NOW)).toBeNull();
    vi.stubEnv("AUTH_SECRET", "another-installation-secret-66666666666");
    expect(openFollowUp(sealed, NOW)).toBeNull();
  });
});
