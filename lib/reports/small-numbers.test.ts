import { describe, expect, it } from "vitest";

import { protectCount } from "./small-numbers";

describe("protectCount", () => {
  it("hides counts under the threshold, zero included, and shows the rest", () => {
    expect(protectCount(0, 5)).toEqual({ kind: "fewer_than", threshold: 5 });
    expect(protectCount(4, 5)).toEqual({ kind: "fewer_than", threshold: 5 });
    expect(protectCount(5, 5)).toEqual({ kind: "exact", value: 5 });
    expect(protectCount(12, 10)).toEqual({ kind: "exact", value: 12 });
    expect(protectCount(9, 10)).toEqual({ kind: "fewer_than", threshold: 10 });
  });

  it("refuses what is not a count", () => {
    expect(() => protectCount(-1, 5)).toThrow();
    expect(() => protectCount(1.5, 5)).toThrow();
  });
});
