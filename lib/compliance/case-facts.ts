import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { readAccordDelays, type TConsultationRecord } from "@/lib/consultations/facts";
import { CONSULTATION_SELECT, toConsultationRecord } from "@/lib/consultations/record";
import { ZCaseId } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { HEADCOUNT_BANDS } from "@/lib/employers/schemas";
import { notFound } from "@/lib/errors";

import type { TComplianceFactsInput } from "./facts";

type TConsultationFactsInput = NonNullable<TComplianceFactsInput["consultation"]>;

const CASE_FACTS_SELECT = {
  phase: true,
  firstKnownOn: true,
  announcedOn: true,
  pilotStartOn: true,
  goLiveOn: true,
  monitors: true,
  individualMonitoring: true,
  concerns: true,
  employer: { select: { sector: true, headcountBand: true, accordDelays: true } },
  tool: { select: { functions: true, dataCategories: true, trainsOnCustomerData: true, trainsOnEmployeeData: true, hostingRegion: true } },
  consultation: { select: CONSULTATION_SELECT },
} as const;

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
 * A case's facts in the format the compliance engine and the JSON API read (docs/compliance-facts.md),
 * or `not_found` for a case the actor may not read, exactly as for a missing one. Facts the schema does
 * not record yet (customer chatbot, emotion inference, Annex III, call recording, AI Act and GDPR
 * steps) are exported as "unknown", so the engine reports them as missing instead of assuming "no".
 */
export async function exportCaseFacts(actor: TCurrentUser, caseId: string): Promise<TComplianceFactsInput> {
  if (!ZCaseId.safeParse(caseId).success) throw notFound();
  const row = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
    select: CASE_FACTS_SELECT,
  });
  if (!row) throw notFound();
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
      customerChatbot: "unknown",
      emotionInference: { workers: "unknown", customers: "unknown" },
      annexIII: { employment: "unknown", creditScoring: "unknown", lifeHealthPricing: "unknown" },
      callRecording: { ratioPercent: null, recordingRetentionMonths: null, analysisRetentionMonths: null },
    },
    consultation: toConsultationFacts(row.consultation ? toConsultationRecord(row.consultation) : null, employer.accordDelays),
    aiAct: { infoToRepsDate: "unknown", friaDate: "unknown", customerAiDisclosure: "unknown", emotionDisclosure: "unknown" },
    gdpr: { dpiaDone: "unknown" },
  };
}
