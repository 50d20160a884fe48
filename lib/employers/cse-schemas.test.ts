import { describe, expect, it } from "vitest";

import { ZAddCseBody, ZSetAccord } from "@/lib/employers/cse-schemas";

const employerId = "6f1f6a8e-4a3b-4c1d-9e2f-0a1b2c3d4e5f";
const delay = (amount: string, unit = "days") => ({ amount, unit });
const blank = { simple: delay(""), withExpert: delay(""), multiLevelWithExperts: delay("") };

function issuesOf(input: unknown) {
  const result = ZSetAccord.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("ZSetAccord", () => {
  it("keeps the cases the accord sets, in the deadline engine's shape", () => {
    const parsed = ZSetAccord.parse({
      employerId,
      name: " Accord de méthode 2025 ",
      delays: { simple: delay("20"), withExpert: delay(""), multiLevelWithExperts: delay("3", "months") },
    });
    expect(parsed).toEqual({ employerId, name: "Accord de méthode 2025", delays: { simple: { days: 20 }, multiLevelWithExperts: { months: 3 } } });
  });

  it("accepts an accord silent on every case (the legal delays apply)", () => {
    expect(ZSetAccord.parse({ employerId, name: "Accord", delays: blank }).delays).toEqual({});
  });

  it("reports every wrong delay at once, the 15-day floor included", () => {
    expect(
      issuesOf({ employerId, name: "Accord", delays: { simple: delay("14"), withExpert: delay("deux"), multiLevelWithExperts: delay("0", "months") } }),
    ).toEqual([
      ["delays.simple", "validation.accord.delayBelowMinimum"],
      ["delays.withExpert.amount", "validation.duration.invalid"],
      ["delays.multiLevelWithExperts", "validation.accord.delayBelowMinimum"],
    ]);
  });

  it("accepts 15 days, the floor", () => {
    expect(issuesOf({ employerId, name: "Accord", delays: { ...blank, withExpert: delay("15") } })).toEqual([]);
  });

  it("requires a name and a known unit", () => {
    expect(issuesOf({ employerId, name: " ", delays: { ...blank, simple: delay("20", "weeks") } })).toEqual([
      ["name", "validation.required"],
      ["delays.simple.unit", "validation.duration.invalid"],
    ]);
  });
});

describe("ZAddCseBody", () => {
  it("refuses an unknown kind and a blank name", () => {
    const result = ZAddCseBody.safeParse({ employerId, kind: "comite", name: "" });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["kind", "tools.cse.validation.kind"],
      ["name", "validation.required"],
    ]);
  });
});
