import { Writable } from "node:stream";

import { describe, expect, it } from "vitest";

import { createLogger } from "@/lib/logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("logger", () => {
  it("writes JSON and redacts secrets and personal data, even nested", () => {
    const { logger, lines } = capture();
    logger.warn(
      { event: "x", userId: "u-1", email: "marie@exemple.fr", password: "hunter2hunter2", req: { ip: "203.0.113.5", cookie: "a=b" } },
      "something happened",
    );
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 40, event: "x", userId: "u-1", email: "[redacted]", password: "[redacted]", msg: "something happened" });
    expect(entry.req).toEqual({ ip: "[redacted]", cookie: "[redacted]" });
    expect(lines.join("")).not.toMatch(/marie@exemple\.fr|hunter2|203\.0\.113\.5/);
  });
});
