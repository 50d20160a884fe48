import { describe, expect, it } from "vitest";

import { safeRedirectPath } from "@/lib/auth/sign-in";

describe("safeRedirectPath", () => {
  it.each([
    ["/employers/123", "/employers/123"],
    ["/admin/users?x=1", "/admin/users?x=1"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    [undefined, "/"],
    [42, "/"],
  ])("%s → %s", (candidate, expected) => {
    expect(safeRedirectPath(candidate)).toBe(expected);
  });
});
