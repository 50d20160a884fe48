import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { reportScope } from "@/lib/authz/scope";
import { fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertReportTransition, columnsAfterMove } from "@/lib/reports/status";
import { employerUnknown, loadTriageReport, reportConflict } from "@/lib/reports/triage/load";
import type { TMarkDuplicate } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

const notAnOriginal = () => new AppError("invalid", "reports.errors.originalNotAllowed", { field: "duplicateOfId" });

/**
 * Marks a report as a duplicate of another report of the same employer (the "original"), which the
 * reps keep handling. Groups stay flat: the original may not itself be (or have been) a duplicate, and the reports
 * that pointed to this one now point to the original, so duplicates never chain or loop.
 * Both reports show each other on their triage pages.
 */
export const markDuplicate = actingFor(async function markDuplicate(actor: TCurrentUser, input: TMarkDuplicate): Promise<{ duplicateOfId: string }> {
  const report = await loadTriageReport(actor, input.reportId);
  if (report.employerId === null) throw employerUnknown();
  if (input.duplicateOfId === report.id) throw new AppError("invalid", "reports.errors.originalSelf", { field: "duplicateOfId" });
  assertReportTransition(report.status, "duplicate");
  const columns = columnsAfterMove("duplicate", todayInParis());

  return prisma.$transaction(async (tx) => {
    // Read inside the transaction: the original's status decides whether the group stays flat.
    const original = await tx.memberReport.findFirst({
      where: { AND: [{ id: input.duplicateOfId, employerId: report.employerId, unionId: report.unionId, status: { not: "duplicate" }, duplicateOfId: null }, reportScope(actor)] },
      select: { id: true },
    });
    if (!original) throw notAnOriginal();
    const updated = await tx.memberReport.updateMany({
      where: { id: report.id, status: report.status },
      data: { status: "duplicate", duplicateOfId: original.id, closedOn: fromCalendarDate(columns.closedOn) },
    });
    if (updated.count === 0) throw reportConflict();
    const followers = await tx.memberReport.findMany({ where: { duplicateOfId: report.id }, select: { id: true }, orderBy: { id: "asc" } });
    if (followers.length > 0) {
      await tx.memberReport.updateMany({ where: { duplicateOfId: report.id }, data: { duplicateOfId: original.id } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.duplicate",
      entityType: "report",
      entityId: report.id,
      changes: {
        ...diffFields({ status: report.status, duplicateOfId: report.duplicateOfId }, { status: "duplicate", duplicateOfId: original.id }),
        ...(followers.length > 0 ? { movedDuplicates: { before: null, after: followers.map((follower) => follower.id) } } : {}),
      },
    });
    return { duplicateOfId: original.id };
  });
});
