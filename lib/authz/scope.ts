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
