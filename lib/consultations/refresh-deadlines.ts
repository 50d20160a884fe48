import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { computeDeadlines } from "@/lib/consultations/deadlines";
import { readAccordDelays, toConsultationFacts } from "@/lib/consultations/facts";
import { CONSULTATION_SELECT, toConsultationRecord } from "@/lib/consultations/record";
import { withdrawStaleReminders } from "@/lib/reminders/scan";

/**
 * Rewrites a case's CaseDeadline rows from its consultation and its employer's accord, inside the
 * caller's transaction. Invariant: the table always equals computeDeadlines() for the saved facts,
 * because case lists and the home page filter "overdue" on it in SQL. Anything that changes those
 * facts (the consultation, its overrides, the employer's accord delays) must call this. The case's
 * reminders follow in the same transaction: those of a step now done or of a date that moved are
 * withdrawn (the next daily scan reminds of the new date).
 */
export async function refreshCaseDeadlines(tx: Prisma.TransactionClient, caseId: string): Promise<void> {
  const target = await tx.deployment.findUniqueOrThrow({
    where: { id: caseId },
    select: { unionId: true, employer: { select: { accordDelays: true } }, consultation: { select: CONSULTATION_SELECT } },
  });
  await tx.caseDeadline.deleteMany({ where: { deploymentId: caseId } });
  if (!target.consultation) {
    await withdrawStaleReminders(tx, caseId);
    return;
  }
  const facts = toConsultationFacts(
    toConsultationRecord(target.consultation),
    readAccordDelays(target.employer.accordDelays).delays,
  );
  const { deadlines } = computeDeadlines(facts);
  await tx.caseDeadline.createMany({
    data: deadlines.map((deadline) => ({
      deploymentId: caseId,
      unionId: target.unionId,
      kind: deadline.id,
      dueOn: fromCalendarDate(deadline.dueDate),
      overridden: deadline.override !== undefined,
      doneOn: fromCalendarDate(deadline.doneOn),
    })),
  });
  await withdrawStaleReminders(tx, caseId);
}
