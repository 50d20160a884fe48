import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { caseEmployerScope } from "@/lib/authz/scope";
import { refreshFlagsWhere } from "@/lib/compliance/refresh-flags";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

import { CLAUSE_KINDS, type TAgreementData, type TDeleteAgreement } from "./schemas";

/**
 * Records an agreement signed at an employer, with its AI clauses. Whoever may open cases at the
 * employer (its reps, admins) may record it; anyone else gets not_found. Its clauses are facts of
 * flag F18: the employer's cases are recomputed in the same transaction.
 */
export async function createAgreement(actor: TCurrentUser, input: TAgreementData): Promise<{ id: string }> {
  const employer = await prisma.employer.findFirst({ where: { AND: [{ id: input.employerId }, caseEmployerScope(actor)] }, select: { id: true } });
  if (!employer) throw notFound();
  const clauses = CLAUSE_KINDS.filter((kind) => input.clauses[kind].present).map((kind) => ({ kind, text: input.clauses[kind].text }));
  return prisma.$transaction(async (tx) => {
    const agreement = await tx.agreement.create({
      data: {
        employerId: employer.id,
        title: input.title,
        kind: input.kind,
        signedOn: fromCalendarDate(input.signedOn),
        outcome: input.outcome,
        isShared: input.isShared,
        createdById: actor.id,
        clauses: { create: clauses },
      },
      select: { id: true },
    });
    await refreshFlagsWhere(tx, { employerId: employer.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agreement.create",
      entityType: "agreement",
      entityId: agreement.id,
      changes: diffFields({}, { employerId: employer.id, title: input.title, kind: input.kind, signedOn: input.signedOn, isShared: input.isShared, clauses: clauses.map((clause) => clause.kind) }),
    });
    return agreement;
  });
}

/** Removes an agreement (a typo, an agreement that expired): same access as recording it; flags recomputed. */
export async function deleteAgreement(actor: TCurrentUser, input: TDeleteAgreement): Promise<void> {
  const agreement = await prisma.agreement.findFirst({
    where: { AND: [{ id: input.id }, { employer: caseEmployerScope(actor) }] },
    select: { id: true, employerId: true, title: true },
  });
  if (!agreement) throw notFound();
  await prisma.$transaction(async (tx) => {
    await tx.agreement.delete({ where: { id: agreement.id } });
    await refreshFlagsWhere(tx, { employerId: agreement.employerId });
    await recordAudit(tx, { actorId: actor.id, action: "agreement.delete", entityType: "agreement", entityId: agreement.id, changes: diffFields({ title: agreement.title }, {}) });
  });
}
