import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

import type { TVisibility } from "./access";
import { actingFor } from "@/lib/db-context";

/**
 * An admin chooses who may read an employer's dashboard (docs/decisions/0015). The employer row's
 * updated_at moves with it, so the next dashboard read recounts the sector figures by visibility.
 */
export const setDashboardVisibility = actingFor(async function setDashboardVisibility(
  actor: TCurrentUser,
  input: { employerId: string; visibility: TVisibility },
): Promise<{ id: string; visibility: TVisibility }> {
  assertCan(actor, "dashboard:configure");
  return prisma.$transaction(async (tx) => {
    const before = await tx.employer.findUnique({ where: { id: input.employerId }, select: { dashboardVisibility: true } });
    if (!before) throw notFound();
    if (before.dashboardVisibility === input.visibility) return { id: input.employerId, visibility: input.visibility };
    await tx.employer.update({ where: { id: input.employerId }, data: { dashboardVisibility: input.visibility } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "employer.dashboard_visibility",
      entityType: "employer",
      entityId: input.employerId,
      changes: { dashboardVisibility: { before: before.dashboardVisibility, after: input.visibility } },
    });
    return { id: input.employerId, visibility: input.visibility };
  });
});
