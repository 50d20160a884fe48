import { describe, expect, it } from "vitest";

import { defaultSecondFactorRequired, policyTable, secondFactorRequired, secondFactorState, stepUpSatisfied } from "./second-factor-policy";

describe("second-factor policy", () => {
  it("by default requires it of the roles that read member reports only", () => {
    expect(defaultSecondFactorRequired("admin")).toBe(true);
    expect(defaultSecondFactorRequired("rep")).toBe(true);
    expect(defaultSecondFactorRequired("viewer")).toBe(false);
  });

  it("follows an admin's choice for a role, the default for the others", () => {
    const rows = [{ role: "viewer" as const, required: true }, { role: "rep" as const, required: false }];
    expect(secondFactorRequired("viewer", rows)).toBe(true);
    expect(secondFactorRequired("rep", rows)).toBe(false);
    expect(policyTable(rows)).toEqual([
      { role: "admin", required: true, isDefault: true },
      { role: "rep", required: false, isDefault: false },
      { role: "viewer", required: true, isDefault: false },
    ]);
  });

  it("sends a required user without a factor to enrolment, and a user with one to the code", () => {
    expect(secondFactorState({ hasFactor: false, required: true, verifiedAt: null })).toBe("enrol");
    expect(secondFactorState({ hasFactor: false, required: false, verifiedAt: null })).toBe("none");
    expect(secondFactorState({ hasFactor: true, required: false, verifiedAt: null })).toBe("pending");
    expect(secondFactorState({ hasFactor: true, required: true, verifiedAt: new Date() })).toBe("verified");
  });

  it("step-up: the factor proved within the window", () => {
    const now = new Date("2026-12-04T10:00:00Z");
    expect(stepUpSatisfied("verified", new Date(now.getTime() - 14 * 60_000), 15, now)).toBe(true);
    expect(stepUpSatisfied("verified", new Date(now.getTime() - 16 * 60_000), 15, now)).toBe(false);
    expect(stepUpSatisfied("pending", null, 15, now)).toBe(false);
    expect(stepUpSatisfied("enrol", null, 15, now)).toBe(false);
    expect(stepUpSatisfied("none", null, 15, now)).toBe(true);
  });
});
