import type { Prisma } from "@/generated/prisma/client";
import { can, type TRole } from "@/lib/authz/permissions";

/**
 * Who is asking. `unionId` is the actor's union (issue 15, docs/decisions/0028): a rep reaches only the
 * rows of their union, at the employers they are attached to. A rep without a union reaches nothing.
 */
export type TActor = { id: string; role: TRole; unionId: string | null };

/** A filter no row matches: what an actor without access gets (scoping fails closed). */
const NO_ROW = { id: { in: [] as string[] } };

function assertActor(actor: TActor, where: string): void {
  if (!actor.id) throw new Error(`${where}: actor without id`);
}

/** The employers a rep works at: attached to them, and their union present there. */
function repEmployers(actor: TActor & { unionId: string }): Prisma.EmployerWhereInput {
  return { reps: { some: { userId: actor.id } }, unions: { some: { unionId: actor.unionId } } };
}

/**
 * The employers an actor may read. Invariant: never returns an empty filter unless the role may read
 * every employer, and throws when the actor has no id (an `undefined` would silently match all rows).
 */
export function employerReadScope(actor: TActor): Prisma.EmployerWhereInput {
  assertActor(actor, "employerReadScope");
  if (can(actor.role, "employer:read:any")) return {};
  if (can(actor.role, "employer:read:assigned") && actor.unionId) return repEmployers({ ...actor, unionId: actor.unionId });
  return NO_ROW;
}

/**
 * The cases (deployments) an actor may read or change: all for admins, those of their union at their
 * employers for reps, none for viewers. Same fail-closed invariants as employerReadScope.
 */
export function caseScope(actor: TActor, access: "read" | "write"): Prisma.DeploymentWhereInput {
  assertActor(actor, "caseScope");
  if (can(actor.role, `case:${access}:any`)) return {};
  if (can(actor.role, `case:${access}:assigned`) && actor.unionId) {
    return { unionId: actor.unionId, employer: repEmployers({ ...actor, unionId: actor.unionId }) };
  }
  return NO_ROW;
}

/** Employers on which the actor may open or change cases. */
export function caseEmployerScope(actor: TActor): Prisma.EmployerWhereInput {
  assertActor(actor, "caseEmployerScope");
  if (can(actor.role, "case:write:any")) return {};
  if (can(actor.role, "case:write:assigned") && actor.unionId) return repEmployers({ ...actor, unionId: actor.unionId });
  return NO_ROW;
}

/**
 * The member reports an actor may triage: all for admins (including those naming an employer unknown
 * to the app), their union's copies at their employers for reps (a report without an employer never
 * matches), none otherwise. Same fail-closed invariants as employerReadScope.
 */
export function reportScope(actor: TActor): Prisma.MemberReportWhereInput {
  assertActor(actor, "reportScope");
  if (can(actor.role, "report:triage:any")) return {};
  if (can(actor.role, "report:triage:assigned") && actor.unionId) {
    return { unionId: actor.unionId, employer: repEmployers({ ...actor, unionId: actor.unionId }) };
  }
  return NO_ROW;
}

/** The employers whose reports an actor triages (the inbox's employer filter offers these). */
export function reportEmployerScope(actor: TActor): Prisma.EmployerWhereInput {
  assertActor(actor, "reportEmployerScope");
  if (can(actor.role, "report:triage:any")) return {};
  if (can(actor.role, "report:triage:assigned") && actor.unionId) return repEmployers({ ...actor, unionId: actor.unionId });
  return NO_ROW;
}

/**
 * The union a new record of the actor belongs to, for a case or report row already read in scope: a
 * rep's own union; for an admin, the union of the record (`recordUnionId`). Never null for a write.
 */
export function writeUnionId(actor: TActor, recordUnionId: string): string {
  return actor.unionId ?? recordUnionId;
}

/**
 * The agreements an actor may read: every one for admins; for reps, their union's at their employers
 * and those any union chose to share (the library); none for viewers.
 */
export function agreementReadScope(actor: TActor): Prisma.AgreementWhereInput {
  assertActor(actor, "agreementReadScope");
  if (can(actor.role, "case:read:any")) return {};
  if (can(actor.role, "case:read:assigned") && actor.unionId) {
    return { OR: [{ isShared: true }, { unionId: actor.unionId, employer: repEmployers({ ...actor, unionId: actor.unionId }) }] };
  }
  return NO_ROW;
}
