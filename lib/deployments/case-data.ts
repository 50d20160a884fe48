import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { fromCalendarDate, toCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { AI_ACT_DATE_FIELDS, AI_ACT_DATED_STEPS, type TAiActDateField } from "@/lib/deployments/ai-act-schemas";
import type { TCaseFields } from "@/lib/deployments/schemas";

type TFacts = Omit<TCaseFields, "employerId">;

/** The columns a case form writes, selected to diff against (dates as Date, see toAuditedFacts). */
/** The AI Act and GDPR columns of a case (lib/deployments/ai-act-schemas.ts): the form's and the compliance export's. */
export const AI_ACT_FACTS_SELECT = {
  customerChatbot: true,
  emotionInferenceWorkers: true,
  emotionInferenceCustomers: true,
  annexEmployment: true,
  annexCreditScoring: true,
  annexLifeHealthPricing: true,
  callRecordingPercent: true,
  recordingRetentionMonths: true,
  analysisRetentionMonths: true,
  logRetentionMonths: true,
  infoToReps: true,
  infoToRepsOn: true,
  infoToWorkers: true,
  infoToWorkersOn: true,
  fria: true,
  friaOn: true,
  significantChange: true,
  significantChangeOn: true,
  customerAiDisclosure: true,
  emotionDisclosure: true,
  dpiaDone: true,
  rpsAssessed: true,
  vendorTrainingBasis: true,
  rightsAlertOn: true,
  alertInvestigated: true,
  alertInvestigatedOn: true,
} as const satisfies Prisma.DeploymentSelect;

export const CASE_FACT_SELECT = {
  toolId: true,
  localName: true,
  description: true,
  servicesAffected: true,
  jobFamilies: true,
  headcountAffected: true,
  phase: true,
  firstKnownOn: true,
  announcedOn: true,
  pilotStartOn: true,
  goLiveOn: true,
  source: true,
  concerns: true,
  monitors: true,
  individualMonitoring: true,
  jobsThreatened: true,
  jobsCut: true,
  statedGoal: true,
  repInChargeId: true,
  ...AI_ACT_FACTS_SELECT,
} satisfies Prisma.DeploymentSelect;

type TFactRow = Prisma.DeploymentGetPayload<{ select: typeof CASE_FACT_SELECT }>;

/** A stored case in the shape of the validated input, so that diffFields compares like with like. */
export function toAuditedFacts(row: TFactRow): TFacts {
  return {
    ...row,
    firstKnownOn: toCalendarDate(row.firstKnownOn),
    announcedOn: toCalendarDate(row.announcedOn),
    pilotStartOn: toCalendarDate(row.pilotStartOn),
    goLiveOn: toCalendarDate(row.goLiveOn),
    ...aiActDates(row, toCalendarDate),
  };
}

function aiActDates<TIn, TOut>(row: Record<TAiActDateField, TIn>, convert: (value: TIn) => TOut): Record<TAiActDateField, TOut> {
  return Object.fromEntries(AI_ACT_DATE_FIELDS.map((field) => [field, convert(row[field])])) as Record<TAiActDateField, TOut>;
}

/** The validated facts in the shape of the columns. */
export function toColumns(facts: TFacts) {
  return {
    ...facts,
    firstKnownOn: fromCalendarDate(facts.firstKnownOn),
    announcedOn: fromCalendarDate(facts.announcedOn),
    pilotStartOn: fromCalendarDate(facts.pilotStartOn),
    goLiveOn: fromCalendarDate(facts.goLiveOn),
    ...aiActDates(facts, fromCalendarDate),
  };
}

/**
 * Only the input's facts, in a fixed order (the form may send more, e.g. the version). A step's date
 * is kept only with "yes": the form keeps a hidden date when the answer moves to "no" or "unknown".
 */
export function pickFacts(input: TFacts): TFacts {
  const facts = {} as Record<string, unknown>;
  for (const field of Object.keys(CASE_FACT_SELECT)) facts[field] = input[field as keyof TFacts];
  for (const step of AI_ACT_DATED_STEPS) if (facts[step.answer] !== "yes") facts[step.date] = null;
  return facts as TFacts;
}

export async function assertToolExists(toolId: string): Promise<void> {
  const tool = await prisma.aiTool.findUnique({ where: { id: toolId }, select: { id: true } });
  if (!tool) throw new AppError("invalid", "cases.validation.unknownTool", { field: "toolId" });
}

/**
 * Who may be in charge of a case: an active rep attached to the case's employer, or an active admin.
 * Invariant: a rep of another employer is refused even by an admin, so cases never point to someone
 * who cannot open them.
 */
export function repInChargeWhere(employerId: string, unionId: string): Prisma.UserWhereInput {
  return { deactivatedAt: null, OR: [{ role: "admin" }, { role: "rep", unionId, employers: { some: { employerId } } }] };
}

/** A rep of another union is refused like an unknown one (issue 15). */
export async function assertRepInChargeValid(repInChargeId: string | null, employerId: string, unionId: string): Promise<void> {
  if (repInChargeId === null) return;
  const rep = await prisma.user.findFirst({ where: { AND: [{ id: repInChargeId }, repInChargeWhere(employerId, unionId)] }, select: { id: true } });
  if (!rep) throw new AppError("invalid", "cases.validation.repInCharge", { field: "repInChargeId" });
}
