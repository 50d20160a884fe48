import "server-only";

import type { prisma } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

type TDb = Pick<typeof prisma, "deployment" | "user">;

/** The unions whose cases use a tool (issue 15): who must agree before its shared facts change. */
export const unionsUsingTool = asSystem(async function unionsUsingTool(db: TDb, toolId: string): Promise<string[]> {
  const rows = await db.deployment.groupBy({ by: ["unionId"], where: { toolId } });
  return rows.map((row) => row.unionId).sort();
});

/** The active reps of a union who can open at least one of its cases using the tool: they hear of its changes. */
export const repsFollowingTool = asSystem(async function repsFollowingTool(db: TDb, toolId: string, unionIds: readonly string[]): Promise<string[]> {
  if (unionIds.length === 0) return [];
  const users = await db.user.findMany({
    where: {
      role: "rep",
      deactivatedAt: null,
      unionId: { in: [...unionIds] },
      employers: { some: { employer: { deployments: { some: { toolId, unionId: { in: [...unionIds] } } } } } },
    },
    select: { id: true, unionId: true },
  });
  return users.map((user) => user.id);
});

/** Same, by union: notifications name the union they are about. */
export const repsFollowingToolByUnion = asSystem(async function repsFollowingToolByUnion(db: TDb, toolId: string, unionIds: readonly string[]): Promise<Map<string, string[]>> {
  const byUnion = new Map<string, string[]>();
  for (const unionId of unionIds) byUnion.set(unionId, await repsFollowingTool(db, toolId, [unionId]));
  return byUnion;
});

