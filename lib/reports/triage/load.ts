import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { reportScope } from "@/lib/authz/scope";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCanTriageReports } from "@/lib/reports/triage/access";
import { actingFor } from "@/lib/db-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * The report the actor may triage, or `not_found`. Invariant: a report of another employer, a report
 * without an employer for a rep, and a missing id all get the same answer, so nothing about foreign
 * reports leaks. A role without triage rights is refused outright (`forbidden`).
 */
export const loadTriageReport = actingFor(async function loadTriageReport(actor: TCurrentUser, reportId: string) {
  assertCanTriageReports(actor);
  if (!isUuid(reportId)) throw notFound();
  const found = await prisma.memberReport.findFirst({
    where: { AND: [{ id: reportId }, reportScope(actor)] },
    select: { id: true, unionId: true, status: true, employerId: true, deploymentId: true, duplicateOfId: true },
  });
  if (!found) throw notFound();
  return found;
});

export type TTriageReportRow = Awaited<ReturnType<typeof loadTriageReport>>;

/** Someone changed the report since the page was loaded: reload and decide again. */
export const reportConflict = () => new AppError("conflict", "reports.errors.conflict");

/** Linking, duplicates and case creation need the report's employer (admins assign unknown ones first). */
export const employerUnknown = () => new AppError("invalid", "reports.errors.employerUnknown");
