import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { assertReportTransition, columnsAfterMove, type TReportStatus } from "@/lib/reports/status";
import { loadTriageReport, reportConflict } from "@/lib/reports/triage/load";
import type { TChangeReportStatus } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Moves a report to a status that needs no target (needs information, not AI, closed, back to new).
 * The move is guarded by the status the rep saw: a concurrent move makes this one a conflict. The
 * audit row holds statuses and ids only, never report text (the anonymity test reads the dump).
 */
export const changeReportStatus = actingFor(async function changeReportStatus(actor: TCurrentUser, input: TChangeReportStatus): Promise<{ status: TReportStatus }> {
  const report = await loadTriageReport(actor, input.reportId);
  assertReportTransition(report.status, input.toStatus);
  const columns = columnsAfterMove(input.toStatus, todayInParis());
  const duplicateOfId = columns.clearDuplicateOf ? null : report.duplicateOfId;

  return prisma.$transaction(async (tx) => {
    const updated = await tx.memberReport.updateMany({
      where: { id: report.id, status: report.status },
      data: { status: columns.status, closedOn: fromCalendarDate(columns.closedOn), duplicateOfId },
    });
    if (updated.count === 0) throw reportConflict();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.status",
      entityType: "report",
      entityId: report.id,
      changes: diffFields({ status: report.status, duplicateOfId: report.duplicateOfId }, { status: columns.status, duplicateOfId }),
    });
    return { status: columns.status };
  });
});
