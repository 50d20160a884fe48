import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { createCase } from "@/lib/deployments/create-case";
import { AppError } from "@/lib/errors";
import { canMoveReport } from "@/lib/reports/status";
import { writeReportLink } from "@/lib/reports/triage/link";
import { employerUnknown, loadTriageReport } from "@/lib/reports/triage/load";
import type { TCaseFromReport } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Opens a case from a report (the /cases/new form, prefilled) and links the report to it in the same
 * transaction: either both happen or neither. Every check of a plain case creation applies (employer in
 * the actor's case scope, tool, rep in charge); the employer must be the report's.
 */
export const createCaseFromReport = actingFor(async function createCaseFromReport(actor: TCurrentUser, input: TCaseFromReport): Promise<{ id: string }> {
  const { reportId, ...caseInput } = input;
  const report = await loadTriageReport(actor, reportId);
  if (report.employerId === null) throw employerUnknown();
  // The case form shows one plain message: this report can no longer open a case.
  if (!canMoveReport(report.status, "linked")) throw new AppError("invalid", "reports.fromReport.notLinkable");
  if (caseInput.employerId !== report.employerId) {
    throw new AppError("invalid", "reports.errors.caseEmployerMismatch", { field: "employerId" });
  }
  const today = todayInParis();
  return createCase(actor, caseInput, {
    unionId: report.unionId,
    afterCreate: (tx, caseId) => writeReportLink(tx, actor.id, report, caseId, today),
  });
});
