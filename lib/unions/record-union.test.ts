import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { recordUnion } from "@/lib/unions/record-union";

const fails = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("did not fail");
};

describe("recordUnion", () => {
  it("gives a rep's record their own union, never the one asked for", () => {
    expect(recordUnion({ unionId: "a" }, ["a", "b"], "b")).toBe("a");
  });

  it("gives an admin's record the union asked for, or the only one present", () => {
    expect(recordUnion({ unionId: null }, ["a", "b"], "b")).toBe("b");
    expect(recordUnion({ unionId: null }, ["a"], undefined)).toBe("a");
    expect(fails(() => recordUnion({ unionId: null }, ["a", "b"], undefined))).toMatchObject({ messageKey: "cases.validation.unionRequired", field: "unionId" });
  });

  it("refuses a union absent from the employer, and an employer without unions", () => {
    expect(fails(() => recordUnion({ unionId: "c" }, ["a", "b"], undefined)).field).toBe("employerId");
    expect(fails(() => recordUnion({ unionId: null }, [], undefined)).messageKey).toBe("cases.validation.noUnionAtEmployer");
  });
});
