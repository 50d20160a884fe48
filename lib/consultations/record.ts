import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { fromCalendarDate, toCalendarDate } from "@/lib/consultations/calendar-date";
import { readOverrides, type TConsultationRecord } from "@/lib/consultations/facts";
import type { TConsultationData } from "@/lib/consultations/schemas";

/** The columns of a consultation the record is made of (every column but the keys and timestamps). */
export const CONSULTATION_SELECT = {
  cseBodyId: true,
  legalBases: true,
  infoGivenOn: true,
  bdeseNoticeOn: true,
  documentsReceived: true,
  multiLevel: true,
  expertAppointed: true,
  expertFirm: true,
  deliberationOn: true,
  designationOn: true,
  expertInfoRequestOn: true,
  expertCostNoticeOn: true,
  expertReportOn: true,
  avis: true,
  avisOn: true,
  employerAnswerOn: true,
  workerNoticeOn: true,
  duerpUpdatedOn: true,
  dpiaShown: true,
  aiTrainingOffered: true,
  deadlineOverrides: true,
} satisfies Prisma.ConsultationSelect;

export type TConsultationRow = Prisma.ConsultationGetPayload<{ select: typeof CONSULTATION_SELECT }>;

export function toConsultationRecord(row: TConsultationRow): TConsultationRecord {
  return {
    cseBodyId: row.cseBodyId,
    legalBases: row.legalBases,
    infoCommunicatedDate: toCalendarDate(row.infoGivenOn),
    bdeseNoticeDate: toCalendarDate(row.bdeseNoticeOn),
    documentsReceived: row.documentsReceived,
    isMultiLevel: row.multiLevel,
    expert: {
      isAppointed: row.expertAppointed,
      firm: row.expertFirm,
      deliberationDate: toCalendarDate(row.deliberationOn),
      designationDate: toCalendarDate(row.designationOn),
      infoRequestDate: toCalendarDate(row.expertInfoRequestOn),
      costNoticeDate: toCalendarDate(row.expertCostNoticeOn),
      reportDate: toCalendarDate(row.expertReportOn),
    },
    avis: row.avis,
    avisDate: toCalendarDate(row.avisOn),
    employerAnswerDate: toCalendarDate(row.employerAnswerOn),
    workerNoticeDate: toCalendarDate(row.workerNoticeOn),
    duerpUpdatedDate: toCalendarDate(row.duerpUpdatedOn),
    dpiaShown: row.dpiaShown,
    aiTrainingOffered: row.aiTrainingOffered,
    overrides: readOverrides(row.deadlineOverrides),
  };
}

/** The columns the consultation form writes (overrides have their own operation). */
export function toConsultationData(input: TConsultationData) {
  const { expert } = input;
  return {
    cseBodyId: input.cseBodyId ?? null,
    legalBases: input.legalBases,
    infoGivenOn: fromCalendarDate(input.infoCommunicatedDate),
    bdeseNoticeOn: fromCalendarDate(input.bdeseNoticeDate),
    documentsReceived: input.documentsReceived,
    multiLevel: input.isMultiLevel,
    expertAppointed: expert.isAppointed,
    expertFirm: expert.firm ?? null,
    deliberationOn: fromCalendarDate(expert.deliberationDate),
    designationOn: fromCalendarDate(expert.designationDate),
    expertInfoRequestOn: fromCalendarDate(expert.infoRequestDate),
    expertCostNoticeOn: fromCalendarDate(expert.costNoticeDate),
    expertReportOn: fromCalendarDate(expert.reportDate),
    avis: input.avis ?? null,
    avisOn: fromCalendarDate(input.avisDate),
    employerAnswerOn: fromCalendarDate(input.employerAnswerDate),
    workerNoticeOn: fromCalendarDate(input.workerNoticeDate),
    duerpUpdatedOn: fromCalendarDate(input.duerpUpdatedDate),
    dpiaShown: input.dpiaShown,
    aiTrainingOffered: input.aiTrainingOffered,
  } satisfies Prisma.ConsultationUncheckedUpdateInput;
}

/** Columns as the audit trail stores them: dates as 'YYYY-MM-DD', so before/after read like the form. */
export function toAuditSnapshot(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([column, value]) => [column, value instanceof Date ? toCalendarDate(value) : value]),
  );
}
