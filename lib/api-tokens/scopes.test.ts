import { describe, expect, it } from "vitest";

import { ZCreateApiToken } from "./schemas";
import { EVALUATE_BATCH_MAX, scopesForRole } from "./scopes";

describe("API token scopes", () => {
  it("offers each role only the scopes its permissions can use", () => {
    expect(scopesForRole("admin")).toEqual(["facts:read", "compliance:evaluate"]);
    expect(scopesForRole("rep")).toEqual(["facts:read", "compliance:evaluate"]);
    expect(scopesForRole("viewer")).toEqual(["compliance:evaluate"]);
  });

  it("caps batches by role, never above the engine's 10,000", () => {
    expect(EVALUATE_BATCH_MAX.viewer).toBeLessThan(EVALUATE_BATCH_MAX.rep);
    expect(EVALUATE_BATCH_MAX.rep).toBeLessThan(EVALUATE_BATCH_MAX.admin);
    expect(EVALUATE_BATCH_MAX.admin).toBeLessThanOrEqual(10_000);
  });

  it("validates the creation form with French message keys", () => {
    expect(ZCreateApiToken.safeParse({ name: " Script ", scopes: ["facts:read"], lifetimeDays: "30" }).data).toEqual({ name: "Script", scopes: ["facts:read"], lifetimeDays: 30 });
    const bad = ZCreateApiToken.safeParse({ name: "", scopes: [], lifetimeDays: "12" });
    expect(bad.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["name", "apiTokens.errors.nameRequired"],
      ["scopes", "apiTokens.errors.scopeRequired"],
      ["lifetimeDays", "apiTokens.errors.lifetime"],
    ]);
    expect(ZCreateApiToken.safeParse({ name: "x", scopes: ["admin:all"], lifetimeDays: 30 }).success).toBe(false);
  });
});
