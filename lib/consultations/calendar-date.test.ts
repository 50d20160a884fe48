import { describe, expect, it } from "vitest";

import { isPlausibleDate, plausibleLastDay } from "@/lib/consultations/calendar-date";
import { ZAgreementInput, BLANK_AGREEMENT } from "@/lib/agreements/schemas";
import { parseComplianceFacts } from "@/lib/compliance/facts";
import example from "@/docs/examples/compliance-facts.json";
import { ZCalendarDate } from "@/lib/consultations/schemas";

describe("plausible dates (issue 23, point 2)", () => {
  it("runs from 1 January 1990 to the same day ten years on", () => {
    expect(plausibleLastDay("2026-12-04")).toBe("2036-12-04");
    expect(plausibleLastDay("2028-02-29")).toBe("2038-02-28");
    expect(isPlausibleDate("1990-01-01", "2026-12-04")).toBe(true);
    expect(isPlausibleDate("1989-12-31", "2026-12-04")).toBe(false);
    expect(isPlausibleDate("2036-12-04", "2026-12-04")).toBe(true);
    expect(isPlausibleDate("2036-12-05", "2026-12-04")).toBe(false);
    expect(isPlausibleDate("0001-01-01", "2026-12-04")).toBe(false);
    expect(isPlausibleDate("9999-12-31", "2026-12-04")).toBe(false);
    expect(isPlausibleDate("2026-02-30", "2026-12-04")).toBe(false);
  });

  it("refuses a year 0001 or 9999 on the field, in forms and in the JSON interface alike", () => {
    for (const slip of ["0001-01-01", "9999-12-31"]) {
      expect(ZCalendarDate.safeParse(slip).error?.issues.map((issue) => issue.message)).toEqual(["validation.date.outOfRange"]);
      const agreement = ZAgreementInput.safeParse({ ...BLANK_AGREEMENT("00000000-0000-4000-8000-000000000000"), title: "Accord", signedOn: slip });
      expect(agreement.error?.issues).toEqual([expect.objectContaining({ path: ["signedOn"], message: "validation.date.outOfRange" })]);
    }
    const facts = structuredClone(example) as { deployment: { firstKnownOn: string } };
    facts.deployment.firstKnownOn = "0001-01-01";
    expect(parseComplianceFacts(facts)).toEqual({
      success: false,
      errors: [{ path: "deployment.firstKnownOn", message: "expected a plausible date: from 1990-01-01 to ten years from today" }],
    });
    // A malformed date keeps its own message only.
    expect(ZCalendarDate.safeParse("2026-02-30").error?.issues.map((issue) => issue.message)).toEqual(["validation.date.invalid"]);
  });
});
