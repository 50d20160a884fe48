import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { TUnionPresence } from "@/lib/unions/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Admins record whether a union is present at an employer (issue 15): its members' reports there go to
 * it and its reps may work there. A union keeps its presence while it has cases or reports there (they
 * would otherwise vanish from its reps' view).
 */
export const setUnionPresence = actingFor(async function setUnionPresence(actor: TCurrentUser, input: TUnionPresence): Promise<void> {
  assertCan(actor, "union:manage");
  const [union, employer] = await Promise.all([
    prisma.union.findUnique({ where: { id: input.unionId }, select: { id: true } }),
    prisma.employer.findUnique({ where: { id: input.employerId }, select: { id: true } }),
  ]);
  if (!union || !employer) throw notFound();
  const key = { unionId_employerId: { unionId: union.id, employerId: employer.id } };
  await prisma.$transaction(async (tx) => {
    const before = (await tx.unionEmployer.count({ where: key.unionId_employerId })) > 0;
    if (before === input.present) return;
    if (input.present) {
      await tx.unionEmployer.create({ data: key.unionId_employerId });
    } else {
      const [cases, reports] = await Promise.all([
        tx.deployment.count({ where: key.unionId_employerId }),
        tx.memberReport.count({ where: key.unionId_employerId }),
      ]);
      if (cases + reports > 0) throw new AppError("conflict", "unions.errors.hasRecords");
      await tx.unionEmployer.delete({ where: key });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.present ? "union.employer.add" : "union.employer.remove",
      entityType: "union",
      entityId: union.id,
      changes: { employerId: { before: input.present ? null : employer.id, after: input.present ? employer.id : null } },
    });
  });
});
