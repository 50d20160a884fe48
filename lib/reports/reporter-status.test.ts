import { describe, expect, it } from "vitest";

import { ReportStatus } from "@/generated/prisma/enums";

import { REPORTER_STATUSES, reporterStatus } from "./reporter-status";

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
