import type { Prisma } from "@/generated/prisma/client";

/**
 * Who may be given a task on a case of this employer and union: active admins, and active reps of the
 * case's union attached to the employer (never another union's rep). The same filter lists the choices
 * (queries.ts) and checks the choice (create-task.ts).
 */
export function assignableUsersWhere(employerId: string, unionId: string): Prisma.UserWhereInput {
  if (!employerId || !unionId) throw new Error("assignableUsersWhere: employer or union without id");
  return {
    deactivatedAt: null,
    OR: [{ role: "admin" }, { role: "rep", unionId, employers: { some: { employerId } } }],
  };
}
