import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://localhost/vigie",
  AUTH_SECRET: "x".repeat(32),
  REPORT_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
};

describe("parseEnv", () => {
  it("applies defaults", () => {
    expect(parseEnv(valid)).toMatchObject({ APP_URL: "http://localhost:3000", LOGIN_MAX_FAILURES_PER_ACCOUNT: 5, LOG_LEVEL: "info" });
  });

  it("names every bad variable in one message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", LOGIN_MAX_FAILURES_PER_ACCOUNT: "0" })).toThrow(
      /DATABASE_URL[\s\S]*AUTH_SECRET[\s\S]*LOGIN_MAX_FAILURES_PER_ACCOUNT/,
    );
  });
});
