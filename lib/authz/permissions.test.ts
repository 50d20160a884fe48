import { describe, expect, it } from "vitest";

import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "@/lib/authz/permissions";
import { caseScope, employerReadScope } from "@/lib/authz/scope";

describe("permission table", () => {
  it.each([
    ["admin", "user:manage", true],
    ["admin", "employer:manage", true],
    ["admin", "employer:read:any", true],
    ["rep", "user:manage", false],
    ["rep", "employer:manage", false],
    ["rep", "employer:read:any", false],
    ["rep", "employer:read:assigned", true],
    ["viewer", "employer:read:assigned", false],
    ["viewer", "employer:manage", false],
    ["viewer", "dashboard:read", true],
    ["rep", "case:write:assigned", true],
    ["rep", "case:read:any", false],
    ["rep", "tool:create", true],
    ["rep", "tool:merge", false],
    ["admin", "tool:merge", true],
    ["viewer", "case:read:assigned", false],
    ["viewer", "case:read:any", false],
    ["viewer", "tool:read", false],
    ["admin", "jobs:read", true],
    ["rep", "jobs:read", false],
    ["viewer", "jobs:read", false],
    ["admin", "audit:read", true],
    ["rep", "audit:read", false],
    ["viewer", "audit:read", false],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("refuses everything to a missing or unknown role", () => {
    expect(can(undefined, "dashboard:read")).toBe(false);
    expect(can(null, "dashboard:read")).toBe(false);
    expect(can("superuser" as never, "dashboard:read")).toBe(false);
  });

  it("only grants known permissions to known roles", () => {
    for (const role of ROLES) {
      for (const permission of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(permission);
    }
  });
});

const repEmployers = { reps: { some: { userId: "r" } }, unions: { some: { unionId: "u" } } };

describe("employerReadScope fails closed", () => {
  it("scopes reps to their assignments where their union is present and gives viewers an impossible filter", () => {
    expect(employerReadScope({ id: "a", role: "admin", unionId: null })).toEqual({});
    expect(employerReadScope({ id: "r", role: "rep", unionId: "u" })).toEqual(repEmployers);
    expect(employerReadScope({ id: "v", role: "viewer", unionId: "u" })).toEqual({ id: { in: [] } });
  });

  it("throws rather than build a filter from a missing id; a rep without a union reaches nothing", () => {
    expect(() => employerReadScope({ id: undefined as never, role: "rep", unionId: "u" })).toThrow();
    expect(() => employerReadScope({ id: "", role: "rep", unionId: "u" })).toThrow();
    expect(employerReadScope({ id: "r", role: "rep", unionId: null })).toEqual({ id: { in: [] } });
  });
});

describe("caseScope fails closed", () => {
  it("gives admins every case, reps their union's cases at their employers and viewers none", () => {
    expect(caseScope({ id: "a", role: "admin", unionId: null }, "write")).toEqual({});
    expect(caseScope({ id: "r", role: "rep", unionId: "u" }, "read")).toEqual({ unionId: "u", employer: repEmployers });
    expect(caseScope({ id: "r", role: "rep", unionId: null }, "read")).toEqual({ id: { in: [] } });
    expect(caseScope({ id: "v", role: "viewer", unionId: "u" }, "read")).toEqual({ id: { in: [] } });
    expect(() => caseScope({ id: "", role: "admin", unionId: null }, "read")).toThrow();
  });
});
