import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { caseScope } from "@/lib/authz/scope";
import { todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { ZCaseId } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

import { getLegalCalendar } from "./calendar-store";
import { CASE_FACTS_SELECT, toCaseFactsInput } from "./case-facts";
import { evaluateCompliance, type TFlag, type TNotYetApplicable } from "./evaluate";
import { parseComplianceFacts } from "./facts";
import { actingFor } from "@/lib/db-context";

/** The case page's compliance section: evaluated live, so it is right even before the nightly refresh. */
export type TCaseCompliance = {
  caseId: string;
  toolId: string;
  employerId: string;
  at: TCalendarDate;
  flags: TFlag[];
  notYetApplicable: TNotYetApplicable[];
  /** The stored facts do not form valid facts (data written around the forms): nothing could be evaluated. */
  isUnreadable: boolean;
  /** Links to the forms only for who may use them. */
  canEditCase: boolean;
  canEditTool: boolean;
  canEditEmployer: boolean;
  canManageCalendar: boolean;
};

/**
 * The case's flags and the rules not yet applicable, computed now from its facts, today (Paris) and the
 * calendar in force. A case the actor may not read answers not found, exactly as a missing one.
 */
export const getCaseCompliance = actingFor(async function getCaseCompliance(actor: TCurrentUser, caseId: string): Promise<TCaseCompliance> {
  if (!ZCaseId.safeParse(caseId).success) throw notFound();
  const [row, writable, calendar] = await Promise.all([
    prisma.deployment.findFirst({ where: { AND: [{ id: caseId }, caseScope(actor, "read")] }, select: { toolId: true, employerId: true, ...CASE_FACTS_SELECT } }),
    prisma.deployment.count({ where: { AND: [{ id: caseId }, caseScope(actor, "write")] } }),
    getLegalCalendar(),
  ]);
  if (!row) throw notFound();
  const at = todayInParis();
  const parsed = parseComplianceFacts(toCaseFactsInput(row));
  const evaluation = parsed.success ? evaluateCompliance(parsed.data, { at, calendar }) : { flags: [], notYetApplicable: [] };
  return {
    caseId,
    toolId: row.toolId,
    employerId: row.employerId,
    at,
    flags: evaluation.flags,
    notYetApplicable: evaluation.notYetApplicable,
    isUnreadable: !parsed.success,
    canEditCase: writable > 0,
    canEditTool: can(actor.role, "tool:create"),
    canEditEmployer: can(actor.role, "employer:manage"),
    canManageCalendar: can(actor.role, "legal-calendar:manage"),
  };
});
