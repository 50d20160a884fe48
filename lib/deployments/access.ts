import type { TRole } from "@/lib/authz/permissions";
import { can } from "@/lib/authz/permissions";
import { forbidden } from "@/lib/errors";

/** Admins write every case, reps those of their employers (row scope: caseScope / caseEmployerScope). */
export function canWriteCases(role: TRole): boolean {
  return can(role, "case:write:any") || can(role, "case:write:assigned");
}

export function assertCanWriteCases(actor: { role: TRole }): void {
  if (!canWriteCases(actor.role)) throw forbidden();
}
