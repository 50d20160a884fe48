import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://localhost/vigie",
  AUTH_SECRET: "x".repeat(32),
  REPORT_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
};

describe("parseEnv", () => {
  it("applies defaults", () => {
    expect(parseEnv(valid)).toMatchObject({ APP_URL: "http://localhost:3000", LOGIN_MAX_FAILURES_PER_ACCOUNT: 10, LOG_LEVEL: "info" });
  });

  it("reads the jobs and mail settings: in-app worker and files by default, an smtp URL only", () => {
    expect(parseEnv(valid)).toMatchObject({ JOBS_RUN_IN_APP: true, MAIL_DIR: ".data/mail", EMAIL_MAX_ATTEMPTS: 8 });
    expect(parseEnv(valid).SMTP_URL).toBeUndefined();
    const blank = parseEnv({ ...valid, JOBS_RUN_IN_APP: "false", SMTP_URL: "" });
    expect(blank.JOBS_RUN_IN_APP).toBe(false);
    expect(blank.SMTP_URL).toBeUndefined();
    expect(parseEnv({ ...valid, SMTP_URL: "smtps://u:p@mail.example.org:465" }).SMTP_URL).toBe("smtps://u:p@mail.example.org:465");
    expect(() => parseEnv({ ...valid, SMTP_URL: "http://mail.example.org" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ ...valid, JOBS_RUN_IN_APP: "yes" })).toThrow(/JOBS_RUN_IN_APP/);
  });

  it("names every bad variable in one message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", LOGIN_MAX_FAILURES_PER_ACCOUNT: "0" })).toThrow(
      /DATABASE_URL[\s\S]*AUTH_SECRET[\s\S]*LOGIN_MAX_FAILURES_PER_ACCOUNT/,
    );
  });
});
