import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { caseEmployerScope } from "@/lib/authz/scope";
import { refreshCaseFlags } from "@/lib/compliance/refresh-flags";
import { prisma } from "@/lib/db";
import { assertCanWriteCases } from "@/lib/deployments/access";
import { assertRepInChargeValid, assertToolExists, pickFacts, toColumns } from "@/lib/deployments/case-data";
import type { TCaseFields } from "@/lib/deployments/schemas";
import { AppError } from "@/lib/errors";
import { recordUnion } from "@/lib/unions/record-union";
import { actingFor } from "@/lib/db-context";

/**
 * Opens a case at one of the actor's employers. An employer outside the actor's scope is refused
 * exactly like an unknown one, on the employer field. The audit row carries every initial fact and
 * version 1, so the history starts with the full picture. `afterCreate` runs in the same transaction
 * (a member report is linked to the case it opened: both or neither).
 */
export const createCase = actingFor(async function createCase(
  actor: TCurrentUser,
  input: TCaseFields,
  options: { afterCreate?: (tx: Prisma.TransactionClient, caseId: string) => Promise<void>; unionId?: string } = {},
): Promise<{ id: string }> {
  assertCanWriteCases(actor);
  const employer = await prisma.employer.findFirst({
    where: { AND: [{ id: input.employerId }, caseEmployerScope(actor)] },
    select: { id: true, unions: { select: { unionId: true } } },
  });
  if (!employer) throw new AppError("invalid", "validation.unknownEmployer", { field: "employerId" });
  const unionId = recordUnion(actor, employer.unions.map((presence) => presence.unionId), options.unionId ?? input.unionId);
  await assertToolExists(input.toolId);
  await assertRepInChargeValid(input.repInChargeId, employer.id, unionId);

  const facts = pickFacts(input);
  return prisma.$transaction(async (tx) => {
    const created = await tx.deployment.create({
      data: { ...toColumns(facts), unionId, employerId: employer.id, createdById: actor.id },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.create",
      entityType: "case",
      entityId: created.id,
      changes: { employerId: { before: null, after: employer.id }, ...diffFields({}, facts), version: { before: null, after: created.version } },
    });
    await refreshCaseFlags(tx, created.id);
    await options.afterCreate?.(tx, created.id);
    return { id: created.id };
  });
});
