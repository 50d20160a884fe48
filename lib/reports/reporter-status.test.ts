import { describe, expect, it } from "vitest";

import { ReportStatus } from "@/generated/prisma/enums";

import { headlineReporterStatus, REPORTER_STATUSES, reporterStatus } from "./reporter-status";

const REPORT_STATUSES = Object.values(ReportStatus);

describe("reporterStatus", () => {
  it("maps every triage status to the reporter's plain steps", () => {
    expect(REPORT_STATUSES.map((status) => [status, reporterStatus(status)])).toEqual([
      ["new", "received"],
      ["needs_info", "needs_info"],
      ["linked", "in_case"],
      ["duplicate", "in_review"],
      ["not_ai", "closed"],
      ["closed", "closed"],
    ]);
  });

  it("uses only reporter statuses, and each of them is reachable", () => {
    const reached = new Set(REPORT_STATUSES.map(reporterStatus));
    expect([...reached].sort()).toEqual([...REPORTER_STATUSES].sort());
  });
});

describe("headlineReporterStatus", () => {
  it("is the same whichever union's copy the receipt names", () => {
    const copies = ["received", "in_case"] as const;
    expect(headlineReporterStatus(copies)).toBe("in_case");
    expect(headlineReporterStatus([...copies].reverse())).toBe("in_case");
  });

  it("puts a question waiting for the reporter first", () => {
    expect(headlineReporterStatus(["in_case", "needs_info", "closed"])).toBe("needs_info");
  });

  it("says closed only once every union has closed it", () => {
    expect(headlineReporterStatus(["closed", "received"])).toBe("received");
    expect(headlineReporterStatus(["closed", "in_review"])).toBe("in_review");
    expect(headlineReporterStatus(["closed", "closed"])).toBe("closed");
  });

  it("is one union's status when one union reads it", () => {
    for (const status of REPORTER_STATUSES) expect(headlineReporterStatus([status])).toBe(status);
  });
});
