import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { refreshFlagsOfCases } from "@/lib/compliance/refresh-flags";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { TMergeTools } from "@/lib/tools/schemas";
import { actingFor } from "@/lib/db-context";

const ENTRY_SELECT = { id: true, vendor: true, productName: true, underlyingModel: true, functions: true } as const;

/**
 * Folds a duplicate entry into the one kept: every case of `mergeId` moves to `keepId`, then
 * `mergeId` is deleted, both sides audited, all in one transaction. Moved cases get a new version so
 * that a form opened before the merge cannot save the deleted tool back.
 */
export const mergeTools = actingFor(async function mergeTools(actor: TCurrentUser, { keepId, mergeId }: TMergeTools): Promise<{ id: string; movedCases: number }> {
  assertCan(actor, "tool:merge");
  if (keepId === mergeId) throw new AppError("invalid", "tools.validation.mergeSelf", { field: "mergeId" });
  return prisma.$transaction(async (tx) => {
    // Row locks: a case being attached to either entry meanwhile waits (its foreign key check needs
    // a share lock), so no case can point at the deleted entry.
    await tx.$queryRaw`SELECT id FROM ai_tools WHERE id IN (${keepId}::uuid, ${mergeId}::uuid) ORDER BY id FOR UPDATE`;
    const [kept, merged] = await Promise.all([
      tx.aiTool.findUnique({ where: { id: keepId }, select: ENTRY_SELECT }),
      tx.aiTool.findUnique({ where: { id: mergeId }, select: ENTRY_SELECT }),
    ]);
    if (!kept) throw notFound();
    if (!merged) throw new AppError("not_found", "tools.validation.mergeGone", { field: "mergeId" });
    const cases = await tx.deployment.findMany({ where: { toolId: mergeId }, select: { id: true }, orderBy: { id: "asc" } });
    const caseIds = cases.map((row) => row.id);
    await tx.deployment.updateMany({ where: { id: { in: caseIds } }, data: { toolId: keepId, version: { increment: 1 } } });
    await tx.aiTool.delete({ where: { id: mergeId } });
    // The kept entry's functions and data are now the moved cases' facts.
    await refreshFlagsOfCases(tx, caseIds);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tool.merge",
      entityType: "tool",
      entityId: keepId,
      changes: { mergedFrom: { before: null, after: merged }, casesMovedIn: { before: [], after: caseIds } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tool.merged-into",
      entityType: "tool",
      entityId: mergeId,
      changes: { mergedInto: { before: null, after: { id: kept.id, vendor: kept.vendor, productName: kept.productName } }, casesMovedOut: { before: caseIds, after: [] } },
    });
    return { id: keepId, movedCases: caseIds.length };
  });
});
