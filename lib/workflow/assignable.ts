import type { Prisma } from "@/generated/prisma/client";

/**
 * Who may be given a task on a case of this employer: active admins, and active reps attached to
 * the employer. The same filter lists the choices (queries.ts) and checks the choice (create-task.ts).
 */
export function assignableUsersWhere(employerId: string): Prisma.UserWhereInput {
  if (!employerId) throw new Error("assignableUsersWhere: employer without id");
  return {
    deactivatedAt: null,
    OR: [{ role: "admin" }, { role: "rep", employers: { some: { employerId } } }],
  };
}
