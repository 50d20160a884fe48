import { describe, expect, it } from "vitest";

import { ReportStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import {
  assertReportTransition,
  canMoveReport,
  columnsAfterMove,
  isFinalReportStatus,
  manualNextStatuses,
  REPORT_STATUSES,
  type TReportStatus,
} from "@/lib/reports/status";

/** The table of ADR 0012, written out move by move so that any edit to it shows here. */
const ALLOWED: [TReportStatus, TReportStatus][] = [
  ["new", "needs_info"],
  ["new", "linked"],
  ["new", "duplicate"],
  ["new", "not_ai"],
  ["new", "closed"],
  ["needs_info", "new"],
  ["needs_info", "linked"],
  ["needs_info", "duplicate"],
  ["needs_info", "not_ai"],
  ["needs_info", "closed"],
  ["linked", "closed"],
  ["duplicate", "new"],
  ["duplicate", "closed"],
  ["not_ai", "new"],
  ["not_ai", "closed"],
  ["closed", "new"],
];

describe("report triage transitions", () => {
  it("covers every status of the database enum", () => {
    expect([...REPORT_STATUSES].sort()).toEqual(Object.values(ReportStatus).sort());
  });

  it("allows exactly the moves of the table", () => {
    for (const from of REPORT_STATUSES) {
      for (const to of REPORT_STATUSES) {
        const expected = ALLOWED.some(([a, b]) => a === from && b === to);
        expect(canMoveReport(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("never allows staying in place", () => {
    for (const status of REPORT_STATUSES) expect(canMoveReport(status, status)).toBe(false);
  });

  it("refuses an illegal move with both statuses named", () => {
    const error = (() => {
      try {
        assertReportTransition("linked", "new");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid", messageKey: "reports.errors.illegalTransition", details: { from: "linked", to: "new" } });
    expect(() => assertReportTransition("new", "linked")).not.toThrow();
  });

  it("offers in the status form only the moves that need no target", () => {
    expect(manualNextStatuses("new")).toEqual(["needs_info", "not_ai", "closed"]);
    expect(manualNextStatuses("needs_info")).toEqual(["new", "not_ai", "closed"]);
    expect(manualNextStatuses("linked")).toEqual(["closed"]);
    expect(manualNextStatuses("duplicate")).toEqual(["new", "closed"]);
    expect(manualNextStatuses("closed")).toEqual(["new"]);
  });

  it("sets the closing day on final statuses only, and forgets a duplicate mark when going back to new", () => {
    expect(columnsAfterMove("closed", "2026-11-24")).toEqual({ status: "closed", closedOn: "2026-11-24", clearDuplicateOf: false });
    expect(columnsAfterMove("not_ai", "2026-11-24").closedOn).toBe("2026-11-24");
    expect(columnsAfterMove("duplicate", "2026-11-24").closedOn).toBe("2026-11-24");
    expect(columnsAfterMove("needs_info", "2026-11-24")).toEqual({ status: "needs_info", closedOn: null, clearDuplicateOf: false });
    expect(columnsAfterMove("linked", "2026-11-24").closedOn).toBeNull();
    expect(columnsAfterMove("new", "2026-11-24")).toEqual({ status: "new", closedOn: null, clearDuplicateOf: true });
    expect(REPORT_STATUSES.filter(isFinalReportStatus)).toEqual(["duplicate", "not_ai", "closed"]);
  });
});
