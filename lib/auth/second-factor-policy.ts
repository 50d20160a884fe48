/**
 * Who must use a second factor, and where a session stands with it (issue 16, point 1; ADR 0031). Pure.
 */
import { can, ROLES, type TRole } from "@/lib/authz/permissions";

/** Default without an admin choice: required for every role that can read member reports. */
export function defaultSecondFactorRequired(role: TRole): boolean {
  return can(role, "report:triage:any") || can(role, "report:triage:assigned");
}

export type TPolicyRow = { role: TRole; required: boolean };

export function secondFactorRequired(role: TRole, rows: readonly TPolicyRow[]): boolean {
  return rows.find((row) => row.role === role)?.required ?? defaultSecondFactorRequired(role);
}

/** Every role with its rule in force and whether it is the default. */
export function policyTable(rows: readonly TPolicyRow[]): { role: TRole; required: boolean; isDefault: boolean }[] {
  return ROLES.map((role) => ({ role, required: secondFactorRequired(role, rows), isDefault: !rows.some((row) => row.role === role) }));
}

/**
 * - "verified": the session proved the factor; "none": no factor and none required;
 * - "pending": the user has a factor, this session has not given it yet (after the password);
 * - "enrol": the policy requires a factor the user does not have yet: enrolment is all they may do.
 */
export type TSecondFactorState = "verified" | "none" | "pending" | "enrol";

export function secondFactorState(input: { hasFactor: boolean; required: boolean; verifiedAt: Date | null }): TSecondFactorState {
  if (input.hasFactor) return input.verifiedAt ? "verified" : "pending";
  return input.required ? "enrol" : "none";
}

/** Step-up: a sensitive action needs the factor proved within the last `minutes` (a user without one has nothing to prove). */
export function stepUpSatisfied(state: TSecondFactorState, verifiedAt: Date | null, minutes: number, now = new Date()): boolean {
  if (state === "none") return true;
  if (state !== "verified" || !verifiedAt) return false;
  return now.getTime() - verifiedAt.getTime() <= minutes * 60_000;
}
