import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { caseScope } from "@/lib/authz/scope";
import { refreshCaseFlags } from "@/lib/compliance/refresh-flags";
import { CONSULTATION_SELECT, toAuditSnapshot, toConsultationData } from "@/lib/consultations/record";
import { refreshCaseDeadlines } from "@/lib/consultations/refresh-deadlines";
import type { TConsultationData } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { caseConflictError } from "@/lib/deployments/update-case";
import { AppError, notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

/** The case as the actor may change it (a case they may not write answers like a missing one). */
async function loadWritableCase(actor: TCurrentUser, caseId: string) {
  const target = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "write")] },
    select: {
      id: true,
      unionId: true,
      version: true,
      employer: { select: { cseBodies: { select: { id: true } } } },
      consultation: { select: CONSULTATION_SELECT },
    },
  });
  if (!target) throw notFound();
  return target;
}

/**
 * Records the information-consultation of a case (created on its first save) and, in the same
 * transaction, its deadlines and the audit row of what changed. The case version guards against two
 * reps saving at once: a form loaded before another save is refused with that save's changes.
 */
export const saveConsultation = actingFor(async function saveConsultation(actor: TCurrentUser, input: TConsultationData): Promise<{ caseId: string }> {
  const target = await loadWritableCase(actor, input.caseId);
  if (target.version !== input.caseVersion) throw await caseConflictError(target.id, input.caseVersion);
  // Only a CSE of the case's own employer may be consulted on it.
  if (input.cseBodyId && !target.employer.cseBodies.some((body) => body.id === input.cseBodyId)) {
    throw new AppError("invalid", "consultation.validation.unknownCseBody", { field: "cseBodyId" });
  }
  const data = toConsultationData(input);
  // Only the columns the form writes are compared (diffFields reads the keys of `data`).
  const changes = diffFields(toAuditSnapshot(target.consultation ?? {}), toAuditSnapshot(data));
  if (target.consultation && Object.keys(changes).length === 0) return { caseId: target.id };
  const nextVersion = input.caseVersion + 1;
  const saved = await prisma.$transaction(async (tx) => {
    // The version check is repeated in the write: someone may have saved since the read above.
    const bumped = await tx.deployment.updateMany({ where: { id: target.id, version: input.caseVersion }, data: { version: nextVersion } });
    if (bumped.count === 0) return false;
    await tx.consultation.upsert({
      where: { deploymentId: target.id },
      create: { deploymentId: target.id, unionId: target.unionId, ...data },
      update: data,
    });
    await refreshCaseDeadlines(tx, target.id);
    await refreshCaseFlags(tx, target.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: target.consultation ? "consultation.update" : "consultation.create",
      entityType: "consultation",
      entityId: target.id,
      changes: { ...changes, version: { before: input.caseVersion, after: nextVersion } },
    });
    return true;
  });
  if (!saved) throw await caseConflictError(target.id, input.caseVersion);
  return { caseId: target.id };
});
