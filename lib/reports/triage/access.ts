import type { TRole } from "@/lib/authz/permissions";
import { can } from "@/lib/authz/permissions";
import { forbidden } from "@/lib/errors";

/** Admins triage every report, reps those of their employers (row scope: reportScope); viewers none. */
export function canTriageReports(role: TRole): boolean {
  return can(role, "report:triage:any") || can(role, "report:triage:assigned");
}

export function assertCanTriageReports(actor: { role: TRole }): void {
  if (!canTriageReports(actor.role)) throw forbidden();
}
