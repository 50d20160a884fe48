import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { LetterKind } from "@/generated/prisma/enums";
import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { readAccordDelays, type TConsultationRecord } from "@/lib/consultations/facts";
import { CONSULTATION_SELECT, toConsultationRecord } from "@/lib/consultations/record";
import { ZCaseId } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { AI_ACT_FACTS_SELECT } from "@/lib/deployments/case-data";
import type { TTriState } from "@/lib/deployments/schemas";
import { HEADCOUNT_BANDS } from "@/lib/employers/schemas";
import { notFound } from "@/lib/errors";

import type { TComplianceFactsInput } from "./facts";
import { actingFor } from "@/lib/db-context";

type TConsultationFactsInput = NonNullable<TComplianceFactsInput["consultation"]>;

/** Letters that ask the employer in writing to consult the CSE before using the tool (or to stop using it). */
export const CONSULTATION_REQUEST_LETTERS = ["open_consultation", "precise_information", "suspend_deployment"] as const satisfies readonly LetterKind[];

/** What a case's facts are read from: the case, its employer, its catalogue tool and its consultation. */
export const CASE_FACTS_SELECT = {
  unionId: true,
  phase: true,
  firstKnownOn: true,
  announcedOn: true,
  pilotStartOn: true,
  goLiveOn: true,
  monitors: true,
  individualMonitoring: true,
  concerns: true,
  ...AI_ACT_FACTS_SELECT,
  jobsCut: true,
  employer: { select: { sector: true, headcountBand: true, accordDelays: true, agreements: { select: { unionId: true, isShared: true, clauses: { select: { kind: true } } } } } },
  tool: { select: { functions: true, dataCategories: true, trainsOnCustomerData: true, trainsOnEmployeeData: true, hostingRegion: true } },
  consultation: { select: CONSULTATION_SELECT },
  letters: {
    where: { kind: { in: [...CONSULTATION_REQUEST_LETTERS] }, sentOn: { not: null } },
    select: { sentOn: true },
    orderBy: { sentOn: "asc" },
    take: 1,
  },
} as const satisfies Prisma.DeploymentSelect;

type TCaseFactsRow = Prisma.DeploymentGetPayload<{ select: typeof CASE_FACTS_SELECT }>;

/** A date the database has not recorded is "unknown", never "none": a blank field is not a known absence. */
const factDate = (value: TCalendarDate | null): TCalendarDate | "unknown" => value ?? "unknown";

const isHeadcountBand = (value: string | null): value is (typeof HEADCOUNT_BANDS)[number] =>
  (HEADCOUNT_BANDS as readonly (string | null)[]).includes(value);

/**
 * The consultation record as facts. No legal basis ticked is exported as "unknown" rather than `[]`
 * ("consulted on nothing"): the form saves `[]` by default, so an empty list does not prove anything.
 */
function toConsultationFacts(record: TConsultationRecord | null, accordDelays: unknown): TConsultationFactsInput {
  const accord = readAccordDelays(accordDelays).delays;
  if (!record) return accord ? { accord } : {};
  return {
    legalBases: record.legalBases.length > 0 ? record.legalBases : "unknown",
    infoCommunicatedDate: factDate(record.infoCommunicatedDate),
    bdeseNoticeDate: factDate(record.bdeseNoticeDate),
    documentsReceived: record.documentsReceived,
    isMultiLevel: record.isMultiLevel,
    expert: record.expert,
    avis: record.avis,
    avisDate: factDate(record.avisDate),
    employerAnswerDate: factDate(record.employerAnswerDate),
    workerNoticeDate: factDate(record.workerNoticeDate),
    duerpUpdatedDate: factDate(record.duerpUpdatedDate),
    dpiaShown: record.dpiaShown,
    aiTrainingOffered: record.aiTrainingOffered,
    ...(accord ? { accord } : {}),
    overrides: record.overrides,
  };
}

/**
 * A step done on a day (AI Act Art. 26(7) information, Art. 27 FRIA): "yes" with its date → the date,
 * "no" → "none" (known not done), "unknown" → "unknown". A "yes" without a date (not accepted by the
 * form) says nothing about when, so it is "unknown" too.
 */
function stepDate(answer: TTriState, on: Date | null): TCalendarDate | "none" | "unknown" {
  if (answer === "no") return "none";
  return answer === "yes" && on ? toCalendarDate(on) : "unknown";
}

/**
 * The employer's agreements a case's flags may read: the shared ones and its own union's. Invariant:
 * the facts are the same whoever computes them (a rep's save sees only these through row-level
 * security, the nightly job as system sees every union's), and another union's unshared agreement
 * never shows through a flag (ADR 0025).
 */
function readableAgreements<T extends { unionId: string; isShared: boolean }>(agreements: readonly T[], unionId: string): T[] {
  return agreements.filter((agreement) => agreement.isShared || agreement.unionId === unionId);
}

/** A stored case (selected with CASE_FACTS_SELECT) as the facts the engine reads. Unscoped: callers check access. */
export function toCaseFactsInput(row: TCaseFactsRow): TComplianceFactsInput {
  const { employer, tool } = row;
  return {
    employer: { sector: employer.sector, headcountBand: isHeadcountBand(employer.headcountBand) ? employer.headcountBand : "unknown" },
    tool: {
      functions: tool.functions,
      dataCategories: tool.dataCategories,
      trainsOnCustomerData: tool.trainsOnCustomerData,
      trainsOnEmployeeData: tool.trainsOnEmployeeData,
      hostingRegion: tool.hostingRegion,
    },
    deployment: {
      phase: row.phase,
      firstKnownOn: toCalendarDate(row.firstKnownOn),
      announcedOn: toCalendarDate(row.announcedOn),
      pilotStartOn: toCalendarDate(row.pilotStartOn),
      goLiveOn: toCalendarDate(row.goLiveOn),
      monitors: row.monitors,
      individualMonitoring: row.individualMonitoring,
      concerns: row.concerns,
      customerChatbot: row.customerChatbot,
      emotionInference: { workers: row.emotionInferenceWorkers, customers: row.emotionInferenceCustomers },
      annexIII: { employment: row.annexEmployment, creditScoring: row.annexCreditScoring, lifeHealthPricing: row.annexLifeHealthPricing },
      callRecording: {
        ratioPercent: row.callRecordingPercent,
        recordingRetentionMonths: row.recordingRetentionMonths,
        analysisRetentionMonths: row.analysisRetentionMonths,
      },
      rpsAssessed: row.rpsAssessed,
      rightsAlertOn: toCalendarDate(row.rightsAlertOn),
      alertInvestigationDate: stepDate(row.alertInvestigated, row.alertInvestigatedOn),
      jobsCut: row.jobsCut,
    },
    consultation: toConsultationFacts(row.consultation ? toConsultationRecord(row.consultation) : null, employer.accordDelays),
    aiAct: {
      infoToRepsDate: stepDate(row.infoToReps, row.infoToRepsOn),
      infoToWorkersDate: stepDate(row.infoToWorkers, row.infoToWorkersOn),
      friaDate: stepDate(row.fria, row.friaOn),
      significantChangeDate: stepDate(row.significantChange, row.significantChangeOn),
      logRetentionMonths: row.logRetentionMonths,
      customerAiDisclosure: row.customerAiDisclosure,
      emotionDisclosure: row.emotionDisclosure,
    },
    gdpr: { dpiaDone: row.dpiaDone, vendorTrainingBasis: row.vendorTrainingBasis },
    letters: { consultationRequestedOn: toCalendarDate(row.letters[0]?.sentOn ?? null) },
    agreements: { clauses: [...new Set(readableAgreements(employer.agreements, row.unionId).flatMap((agreement) => agreement.clauses.map((clause) => clause.kind)))].sort() },
  };
}

/**
 * A case's facts in the format the compliance engine and the JSON API read (docs/compliance-facts.md),
 * or `not_found` for a case the actor may not read, exactly as for a missing one. What the rep left
 * unanswered is exported as "unknown", so the engine reports it as missing instead of assuming "no".
 */
export const exportCaseFacts = actingFor(async function exportCaseFacts(actor: TCurrentUser, caseId: string): Promise<TComplianceFactsInput> {
  if (!ZCaseId.safeParse(caseId).success) throw notFound();
  const row = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
    select: CASE_FACTS_SELECT,
  });
  if (!row) throw notFound();
  return toCaseFactsInput(row);
});
