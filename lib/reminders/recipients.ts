import "server-only";

import type { prisma } from "@/lib/db";

type TDb = Pick<typeof prisma, "employerAssignment">;

/**
 * The active reps of each employer, by the union they belong to, keyed `<employer>|<union>`: who hears
 * of a case's reminder when nobody is in charge of it. Invariant (issue 15): a case's reminder goes to
 * its own union's reps only, never to another union's reps at the same employer.
 */
export async function repsByEmployerAndUnion(db: TDb, employerIds: readonly string[]): Promise<Map<string, string[]>> {
  const repsOf = new Map<string, string[]>();
  if (employerIds.length === 0) return repsOf;
  const reps = await db.employerAssignment.findMany({
    where: { employerId: { in: [...new Set(employerIds)] }, user: { role: "rep", deactivatedAt: null } },
    select: { employerId: true, userId: true, user: { select: { unionId: true } } },
  });
  for (const rep of reps) {
    if (!rep.user.unionId) continue;
    const key = repsKey(rep.employerId, rep.user.unionId);
    repsOf.set(key, [...(repsOf.get(key) ?? []), rep.userId]);
  }
  return repsOf;
}

export function repsKey(employerId: string, unionId: string): string {
  return `${employerId}|${unionId}`;
}
