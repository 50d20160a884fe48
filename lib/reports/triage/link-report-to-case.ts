import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertReportTransition } from "@/lib/reports/status";
import { writeReportLink } from "@/lib/reports/triage/link";
import { employerUnknown, loadTriageReport } from "@/lib/reports/triage/load";
import type { TLinkReportToCase } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Links a report to an existing case of the SAME employer that the actor may change. A case of another
 * employer, one outside the actor's scope and a missing one get the same field error, so the picker
 * cannot be used to probe for foreign cases.
 */
export const linkReportToCase = actingFor(async function linkReportToCase(actor: TCurrentUser, input: TLinkReportToCase): Promise<{ caseId: string }> {
  const report = await loadTriageReport(actor, input.reportId);
  if (report.employerId === null) throw employerUnknown();
  assertReportTransition(report.status, "linked");
  const target = await prisma.deployment.findFirst({
    where: { AND: [{ id: input.caseId, employerId: report.employerId, unionId: report.unionId }, caseScope(actor, "write")] },
    select: { id: true },
  });
  if (!target) throw new AppError("invalid", "reports.errors.caseNotLinkable", { field: "caseId" });

  const today = todayInParis();
  await prisma.$transaction((tx) => writeReportLink(tx, actor.id, report, target.id, today));
  return { caseId: target.id };
});
