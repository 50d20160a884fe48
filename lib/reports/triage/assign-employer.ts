import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadTriageReport, reportConflict } from "@/lib/reports/triage/load";
import type { TAssignEmployer } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Admins only: gives a report that named an employer unknown to the app one of the known employers,
 * after which that employer's reps see it in their inbox. A report that already has an employer is
 * refused (this is not a way to move reports between employers).
 */
export const assignEmployer = actingFor(async function assignEmployer(actor: TCurrentUser, input: TAssignEmployer): Promise<{ employerId: string }> {
  assertCan(actor, "report:assign-employer");
  const report = await loadTriageReport(actor, input.reportId);
  if (report.employerId !== null) throw new AppError("invalid", "reports.errors.employerAlreadySet");
  const employer = await prisma.employer.findUnique({ where: { id: input.employerId }, select: { id: true } });
  if (!employer) throw new AppError("invalid", "validation.unknownEmployer", { field: "employerId" });

  return prisma.$transaction(async (tx) => {
    const updated = await tx.memberReport.updateMany({ where: { id: report.id, employerId: null }, data: { employerId: employer.id } });
    if (updated.count === 0) throw reportConflict();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.employer",
      entityType: "report",
      entityId: report.id,
      changes: { employerId: { before: null, after: employer.id } },
    });
    return { employerId: employer.id };
  });
});
