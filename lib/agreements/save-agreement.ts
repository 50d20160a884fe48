import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { caseEmployerScope } from "@/lib/authz/scope";
import { refreshFlagsWhere } from "@/lib/compliance/refresh-flags";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordUnion } from "@/lib/unions/record-union";

import { CLAUSE_KINDS, type TAgreementData, type TDeleteAgreement } from "./schemas";
import { actingFor, runAsSystem } from "@/lib/db-context";

/**
 * Records an agreement signed at an employer, with its AI clauses. Whoever may open cases at the
 * employer (its reps, admins) may record it; anyone else gets not_found. Its clauses are facts of
 * flag F18: the employer's cases are recomputed in the same transaction.
 */
/**
 * Every case of the employer, every union's: a shared agreement is a fact of the other unions' cases
 * too (F18), which the actor's own context cannot see. Runs as system; it writes only flags computed
 * from each case's facts, in which another union's agreement counts only when shared (case-facts.ts).
 */
function refreshEmployerFlags(tx: Prisma.TransactionClient, employerId: string) {
  return runAsSystem(() => refreshFlagsWhere(tx, { employerId }));
}

export const createAgreement = actingFor(async function createAgreement(actor: TCurrentUser, input: TAgreementData): Promise<{ id: string }> {
  const employer = await prisma.employer.findFirst({
    where: { AND: [{ id: input.employerId }, caseEmployerScope(actor)] },
    select: { id: true, unions: { select: { unionId: true } } },
  });
  if (!employer) throw notFound();
  const unionId = recordUnion(actor, employer.unions.map((presence) => presence.unionId), input.unionId, "unionId", "agreements.validation.unionRequired");
  const clauses = CLAUSE_KINDS.filter((kind) => input.clauses[kind].present).map((kind) => ({ kind, text: input.clauses[kind].text }));
  return prisma.$transaction(async (tx) => {
    const agreement = await tx.agreement.create({
      data: {
        unionId,
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
    await refreshEmployerFlags(tx, employer.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agreement.create",
      entityType: "agreement",
      entityId: agreement.id,
      changes: diffFields({}, { employerId: employer.id, title: input.title, kind: input.kind, signedOn: input.signedOn, isShared: input.isShared, clauses: clauses.map((clause) => clause.kind) }),
    });
    return agreement;
  });
});

/** Removes an agreement (a typo, an agreement that expired): same access as recording it; flags recomputed. */
export const deleteAgreement = actingFor(async function deleteAgreement(actor: TCurrentUser, input: TDeleteAgreement): Promise<void> {
  const agreement = await prisma.agreement.findFirst({
    where: { AND: [{ id: input.id }, { employer: caseEmployerScope(actor) }, actor.unionId ? { unionId: actor.unionId } : {}] },
    select: { id: true, employerId: true, title: true },
  });
  if (!agreement) throw notFound();
  await prisma.$transaction(async (tx) => {
    await tx.agreement.delete({ where: { id: agreement.id } });
    await refreshEmployerFlags(tx, agreement.employerId);
    await recordAudit(tx, { actorId: actor.id, action: "agreement.delete", entityType: "agreement", entityId: agreement.id, changes: diffFields({ title: agreement.title }, {}) });
  });
});
