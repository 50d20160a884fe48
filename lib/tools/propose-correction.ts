import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { TToolData } from "@/lib/tools/schemas";
import { repsFollowingToolByUnion } from "@/lib/tools/usage";
import { asSystem } from "@/lib/db-context";

/**
 * A rep's change of a tool other unions' cases use (issue 15, point 2; docs/decisions/0029): nothing
 * changes yet; the proposal waits for each of those unions (`others`) to accept it, and their reps are
 * told. Called by updateTool, which has checked the actor and the new key. Returns the proposal's id.
 */
export const proposeToolCorrection = asSystem(async function proposeToolCorrection(
  actor: TCurrentUser & { unionId: string },
  toolId: string,
  before: Record<string, unknown>,
  proposed: TToolData,
  others: readonly string[],
): Promise<string> {
  const union = await prisma.union.findUniqueOrThrow({ where: { id: actor.unionId }, select: { shortName: true } });
  return prisma.$transaction(async (tx) => {
    const correction = await tx.toolCorrection.create({
      data: {
        toolId,
        unionId: actor.unionId,
        proposedById: actor.id,
        proposed: proposed as unknown as Prisma.InputJsonValue,
        previous: before as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tool.correction.propose",
      entityType: "tool",
      entityId: toolId,
      changes: diffFields(before, proposed),
    });
    const toolName = `${proposed.vendor} ${proposed.productName}`;
    for (const [unionId, userIds] of await repsFollowingToolByUnion(tx, toolId, others)) {
      await notify(tx, {
        event: "tool_correction_proposed",
        userIds,
        dedupKey: `tool-correction:${correction.id}`,
        params: { toolName, unionName: union.shortName },
        link: `/tools/${toolId}`,
        unionId,
      });
    }
    return correction.id;
  });
});
