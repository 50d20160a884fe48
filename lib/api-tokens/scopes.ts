/**
 * Personal API tokens (issue 16, point 5; ADR 0034): what each scope opens, as data. A token's rights
 * are its owner's role's, capped by its scopes: a route needs both its scope and the role's permission.
 * Pure.
 */
import { can, type TPermission, type TRole } from "@/lib/authz/permissions";

export const API_TOKEN_SCOPES = ["facts:read", "compliance:evaluate"] as const;
export type TApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** Any of these role permissions makes the scope useful; a token is never given a scope its role cannot use. */
export const SCOPE_NEEDS: Readonly<Record<TApiTokenScope, readonly TPermission[]>> = {
  "facts:read": ["case:read:any", "case:read:assigned"],
  "compliance:evaluate": ["dashboard:read", "case:read:any", "case:read:assigned"],
};

export function scopesForRole(role: TRole): TApiTokenScope[] {
  return API_TOKEN_SCOPES.filter((scope) => SCOPE_NEEDS[scope].some((permission) => can(role, permission)));
}

export const API_TOKEN_LIFETIME_DAYS = [7, 30, 90, 365] as const;
/** Active (unrevoked, unexpired) tokens one account may hold. */
export const MAX_ACTIVE_TOKENS = 10;

/** Largest batch of POST /api/v1/compliance/evaluate by role (the engine's own ceiling is 10,000). */
export const EVALUATE_BATCH_MAX: Readonly<Record<TRole, number>> = { viewer: 200, rep: 2_000, admin: 10_000 };
