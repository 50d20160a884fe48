import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { fromCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { reportConflict, type TTriageReportRow } from "@/lib/reports/triage/load";

/**
 * The case timeline's title of a report_linked event. Fixed on purpose: the event says that a report
 * was linked and points to it (reportId), never what it says (the report's text stays encrypted).
 * The timeline shows a translated label instead.
 */
export const REPORT_LINKED_TITLE = "Signalement d'adhérent rattaché au dossier";

/**
 * Inside the caller's transaction: the report becomes `linked` to the case, the case's timeline gets a
 * report_linked event, and the audit trail records ids and statuses. The update is guarded by the
 * status the caller checked, so a concurrent move rolls the whole transaction back (case creation too).
 */
export async function writeReportLink(
  tx: Prisma.TransactionClient,
  actorId: string,
  report: Pick<TTriageReportRow, "id" | "unionId" | "status" | "deploymentId">,
  caseId: string,
  today: TCalendarDate,
): Promise<void> {
  // A report copy is linked only to a case of its own union (the composite key of case_events checks it too).
  const updated = await tx.memberReport.updateMany({
    where: { id: report.id, status: report.status },
    data: { status: "linked", deploymentId: caseId, closedOn: null },
  });
  if (updated.count === 0) throw reportConflict();
  await tx.caseEvent.create({
    data: { deploymentId: caseId, unionId: report.unionId, type: "report_linked", occurredOn: fromCalendarDate(today), title: REPORT_LINKED_TITLE, reportId: report.id, authorId: actorId },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "report.link",
    entityType: "report",
    entityId: report.id,
    changes: diffFields({ status: report.status, deploymentId: report.deploymentId }, { status: "linked", deploymentId: caseId }),
  });
}
