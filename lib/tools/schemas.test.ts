import { describe, expect, it } from "vitest";

import { ZMergeTools, ZToolInput } from "@/lib/tools/schemas";

const valid = {
  vendor: "  Microsoft ",
  productName: "Copilot   for M365",
  underlyingModel: "",
  functions: ["office_assistant", "summarise", "summarise"],
  dataCategories: [],
  dataProcessed: " ",
  hostingRegion: "eu",
  trainsOnCustomerData: "no",
  trainsOnEmployeeData: "unknown",
};

function issuesOf(input: unknown) {
  const result = ZToolInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("ZToolInput", () => {
  it("tidies names, drops repeated functions and stores blanks as null", () => {
    expect(ZToolInput.parse(valid)).toEqual({
      ...valid,
      vendor: "Microsoft",
      productName: "Copilot for M365",
      underlyingModel: null,
      functions: ["office_assistant", "summarise"],
      dataProcessed: null,
    });
  });

  it.each([
    ["no function", { functions: [] }, [["functions", "tools.validation.functionsRequired"]]],
    ["an unknown function", { functions: ["mind_reading"] }, [["functions.0", "tools.validation.function"]]],
    ["an unknown data category", { dataCategories: ["dna"] }, [["dataCategories.0", "tools.validation.dataCategory"]]],
    ["a vendor made of punctuation only", { vendor: " -- " }, [["vendor", "validation.required"]]],
    ["a missing product name", { productName: undefined }, [["productName", "validation.required"]]],
    ["a product name too long", { productName: "x".repeat(161) }, [["productName", "validation.tooLong"]]],
    ["an unknown region", { hostingRegion: "mars" }, [["hostingRegion", "tools.validation.hostingRegion"]]],
    ["a training answer outside yes/no/unknown", { trainsOnEmployeeData: "maybe" }, [["trainsOnEmployeeData", "tools.validation.triState"]]],
    ["data processed too long", { dataProcessed: "x".repeat(2001) }, [["dataProcessed", "validation.tooLong"]]],
  ])("refuses %s", (_label, change, expected) => {
    expect(issuesOf({ ...valid, ...change })).toEqual(expected);
  });
});

describe("ZMergeTools", () => {
  const keepId = "6f1f6a8e-4a3b-4c1d-9e2f-0a1b2c3d4e5f";
  it("refuses merging an entry into itself, on the chosen entry", () => {
    const result = ZMergeTools.safeParse({ keepId, mergeId: keepId, confirmed: true });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["mergeId", "tools.validation.mergeSelf"],
    ]);
  });

  it("asks to choose an entry and to confirm", () => {
    const result = ZMergeTools.safeParse({ keepId, mergeId: "", confirmed: false });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["mergeId", "tools.validation.mergeChoose"],
      ["confirmed", "tools.validation.mergeConfirm"],
    ]);
  });
});
