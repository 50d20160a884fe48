import type { Prisma } from "@/generated/prisma/client";
import { can, type TRole } from "@/lib/authz/permissions";

type TActor = { id: string; role: TRole };

/** A filter no row matches: what an actor without access gets (scoping fails closed). */
const NO_ROW = { id: { in: [] as string[] } };

/**
 * The employers an actor may read. Invariant: never returns an empty filter unless the role may read
 * every employer, and throws when the actor has no id (an `undefined` would silently match all rows).
 */
export function employerReadScope(actor: TActor): Prisma.EmployerWhereInput {
  if (!actor.id) throw new Error("employerReadScope: actor without id");
  if (can(actor.role, "employer:read:any")) return {};
  if (can(actor.role, "employer:read:assigned")) return { reps: { some: { userId: actor.id } } };
  return NO_ROW;
}

/**
 * The cases (deployments) an actor may read or change: all for admins, those of their employers for
 * reps, none for viewers. Same fail-closed invariants as employerReadScope.
 */
export function caseScope(actor: TActor, access: "read" | "write"): Prisma.DeploymentWhereInput {
  if (!actor.id) throw new Error("caseScope: actor without id");
  if (can(actor.role, `case:${access}:any`)) return {};
  if (can(actor.role, `case:${access}:assigned`)) return { employer: { reps: { some: { userId: actor.id } } } };
  return NO_ROW;
}

/** Employers on which the actor may open or change cases. */
export function caseEmployerScope(actor: TActor): Prisma.EmployerWhereInput {
  if (!actor.id) throw new Error("caseEmployerScope: actor without id");
  if (can(actor.role, "case:write:any")) return {};
  if (can(actor.role, "case:write:assigned")) return { reps: { some: { userId: actor.id } } };
  return NO_ROW;
}

/**
 * The member reports an actor may triage: all for admins (including those naming an employer unknown
 * to the app), those of their employers for reps (a report without an employer never matches), none
 * otherwise. Same fail-closed invariants as employerReadScope.
 */
export function reportScope(actor: TActor): Prisma.MemberReportWhereInput {
  if (!actor.id) throw new Error("reportScope: actor without id");
  if (can(actor.role, "report:triage:any")) return {};
  if (can(actor.role, "report:triage:assigned")) return { employer: { reps: { some: { userId: actor.id } } } };
  return NO_ROW;
}

/** The employers whose reports an actor triages (the inbox's employer filter offers these). */
export function reportEmployerScope(actor: TActor): Prisma.EmployerWhereInput {
  if (!actor.id) throw new Error("reportEmployerScope: actor without id");
  if (can(actor.role, "report:triage:any")) return {};
  if (can(actor.role, "report:triage:assigned")) return { reps: { some: { userId: actor.id } } };
  return NO_ROW;
}
