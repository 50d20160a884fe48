import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { TOOL_FIELDS_SELECT } from "@/lib/tools/queries";
import { applyToolChange } from "@/lib/tools/save-tool";
import type { TToolData } from "@/lib/tools/schemas";
import { repsFollowingToolByUnion, unionsUsingTool } from "@/lib/tools/usage";
import { asSystem } from "@/lib/db-context";

export type TPendingCorrection = { id: string; toolId: string; unionId: string; proposed: Prisma.JsonValue; previous: Prisma.JsonValue };

/** Someone decided the correction meanwhile: reload the page. */
export const correctionConflict = () => new AppError("conflict", "tools.corrections.errors.decided");

/**
 * Closes a pending correction, inside the caller's transaction (issue 15, point 2): refused, nothing
 * changes; accepted, the fields the proposal changed are written over the tool as it is now (a change
 * made since by its own union is kept), flags are recomputed and every union using the tool is told.
 * The status update is guarded: a correction decided twice at once rolls the second back.
 */
export const closeCorrection = asSystem(async function closeCorrection(
  tx: Prisma.TransactionClient,
  correction: TPendingCorrection,
  accepted: boolean,
  actorId: string,
  arbitratedBy: string | null,
): Promise<void> {
  const updated = await tx.toolCorrection.updateMany({
    where: { id: correction.id, status: "pending" },
    data: { status: accepted ? "accepted" : "refused", decidedAt: new Date(), decidedById: arbitratedBy },
  });
  if (updated.count === 0) throw correctionConflict();
  const current = await tx.aiTool.findUniqueOrThrow({ where: { id: correction.toolId }, select: TOOL_FIELDS_SELECT });
  const users = await unionsUsingTool(tx, correction.toolId);
  const everyone = [...new Set([...users, correction.unionId])];
  await recordAudit(tx, {
    actorId,
    action: accepted ? "tool.correction.accept" : "tool.correction.refuse",
    entityType: "tool",
    entityId: correction.toolId,
    changes: { correction: { before: "pending", after: accepted ? "accepted" : "refused" } },
  });
  if (!accepted) {
    const toolName = `${current.vendor} ${current.productName}`;
    for (const [unionId, userIds] of await repsFollowingToolByUnion(tx, correction.toolId, everyone)) {
      await notify(tx, { event: "tool_correction_decided", userIds, dedupKey: `tool-correction-decided:${correction.id}`, params: { toolName, outcome: "refused" }, link: `/tools/${correction.toolId}`, unionId });
    }
    return;
  }
  const previous = (correction.previous ?? {}) as Record<string, unknown>;
  const proposed = (correction.proposed ?? {}) as Record<string, unknown>;
  const changedByProposal = Object.keys(diffFields(previous, proposed));
  // The proposal was validated (ZToolInput) when it was made; the stored row is valid by construction.
  const merged = { ...current, ...Object.fromEntries(changedByProposal.map((field) => [field, proposed[field]])) } as TToolData;
  const changes = diffFields(current as Record<string, unknown>, merged);
  await applyToolChange(tx, actorId, correction.toolId, merged, changes, everyone, "accepted");
});
