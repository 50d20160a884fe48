import { describe, expect, it } from "vitest";

import { QUEUES, cronVariable, scheduleOf } from "./queues";

const compliance = QUEUES.find((queue) => queue.name === "compliance-refresh")!;

describe("job schedules", () => {
  it("names the override variable after the queue", () => {
    expect(cronVariable("compliance-refresh")).toBe("JOB_CRON_COMPLIANCE_REFRESH");
  });

  it("uses the default unless the variable overrides it or turns it off", () => {
    expect(scheduleOf(compliance, {})).toBe("10 0 * * *");
    expect(scheduleOf(compliance, { JOB_CRON_COMPLIANCE_REFRESH: "" })).toBe("10 0 * * *");
    expect(scheduleOf(compliance, { JOB_CRON_COMPLIANCE_REFRESH: " 5  1 * * 1-5 " })).toBe("5 1 * * 1-5");
    expect(scheduleOf(compliance, { JOB_CRON_COMPLIANCE_REFRESH: "off" })).toBeNull();
  });

  it("refuses a malformed schedule instead of never running", () => {
    expect(() => scheduleOf(compliance, { JOB_CRON_COMPLIANCE_REFRESH: "daily" })).toThrow(/JOB_CRON_COMPLIANCE_REFRESH/);
    expect(() => scheduleOf(compliance, { JOB_CRON_COMPLIANCE_REFRESH: "0 0 * *" })).toThrow(/five-field/);
  });

  it("runs the dashboards after the compliance flags, both daily", () => {
    const minuteOfDay = (cron: string) => {
      const [minute = "", hour = ""] = cron.split(" ");
      return Number(hour) * 60 + Number(minute);
    };
    const dashboards = QUEUES.find((queue) => queue.name === "dashboards-refresh")!;
    expect(minuteOfDay(dashboards.cron)).toBeGreaterThan(minuteOfDay(compliance.cron));
  });
});
