import { describe, expect, it } from "vitest";

import { foldText, normalizeToolKey } from "@/lib/tools/normalize";

describe("normalizeToolKey", () => {
  it.each([
    [["Microsoft ", "Copilot"], ["microsoft", "copilot"]],
    [["MICROSOFT", "Copilot  for   Microsoft 365"], ["Microsoft", "copilot for microsoft 365"]],
    [["Crédit Agricole", "Assistant Écrit"], ["credit agricole", "assistant ecrit"]],
    [["Google", "Gemini (Workspace)"], ["google", "gemini workspace"]],
    [["Salesforce, Inc.", "Einstein-GPT"], ["salesforce inc", "einstein gpt"]],
    [["Cœur Data", "Straße"], ["coeur data", "strasse"]],
  ])("%j and %j are the same tool", (left, right) => {
    expect(normalizeToolKey(left[0]!, left[1]!)).toBe(normalizeToolKey(right[0]!, right[1]!));
  });

  it("keeps vendor and product apart", () => {
    expect(normalizeToolKey("Microsoft ", "Copilot")).toBe("microsoft|copilot");
    expect(normalizeToolKey("Micro", "soft Copilot")).not.toBe(normalizeToolKey("Microsoft", "Copilot"));
  });

  it.each([
    [["Microsoft", "Copilot"], ["Microsoft", "Copilot Studio"]],
    [["OpenAI", "GPT 4"], ["OpenAI", "GPT 40"]],
    [["Google", "Gemini"], ["Gogle", "Gemini"]],
  ])("%j and %j are different tools", (left, right) => {
    expect(normalizeToolKey(left[0]!, left[1]!)).not.toBe(normalizeToolKey(right[0]!, right[1]!));
  });
});

describe("foldText", () => {
  it("keeps letters and digits of any script and drops the rest", () => {
    expect(foldText("  Überall — n°1 !  ")).toBe("uberall n 1");
    expect(foldText("...")).toBe("");
  });
});
