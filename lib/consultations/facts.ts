/**
 * The consultation record as reps fill it in, and how it feeds the deadline engine. Pure: the data
 * layer converts database rows to this shape (calendar dates as 'YYYY-MM-DD') before calling it.
 */
import { z } from "zod";

import type { TCalendarDate } from "./calendar-date";
import { DEADLINE_IDS, type TDeadlineId } from "./deadlines";
import {
  CONSULTATION_DOCUMENTS,
  ZAccordDelays,
  ZDeadlineOverride,
  type AVIS,
  type LEGAL_BASES,
  type TAccordDelays,
  type TConsultationFacts,
  type TDeadlineOverride,
  type TRI_STATES,
} from "./schemas";

export type TLegalBasis = (typeof LEGAL_BASES)[number];
export type TConsultationDocument = (typeof CONSULTATION_DOCUMENTS)[number];
export type TAvis = (typeof AVIS)[number];
export type TTriState = (typeof TRI_STATES)[number];
export type TOverrides = Partial<Record<TDeadlineId, TDeadlineOverride>>;

/** One case's consultation, every date a calendar date or null when not known yet. */
export type TConsultationRecord = {
  cseBodyId: string | null;
  legalBases: TLegalBasis[];
  infoCommunicatedDate: TCalendarDate | null;
  bdeseNoticeDate: TCalendarDate | null;
  documentsReceived: TConsultationDocument[];
  isMultiLevel: boolean;
  expert: {
    isAppointed: boolean;
    firm: string | null;
    deliberationDate: TCalendarDate | null;
    designationDate: TCalendarDate | null;
    infoRequestDate: TCalendarDate | null;
    costNoticeDate: TCalendarDate | null;
    reportDate: TCalendarDate | null;
  };
  avis: TAvis | null;
  avisDate: TCalendarDate | null;
  employerAnswerDate: TCalendarDate | null;
  workerNoticeDate: TCalendarDate | null;
  duerpUpdatedDate: TCalendarDate | null;
  dpiaShown: TTriState;
  aiTrainingOffered: TTriState;
  overrides: TOverrides;
};

/** What a case without a saved consultation shows: nothing known yet. */
export const EMPTY_RECORD: TConsultationRecord = {
  cseBodyId: null,
  legalBases: [],
  infoCommunicatedDate: null,
  bdeseNoticeDate: null,
  documentsReceived: [],
  isMultiLevel: false,
  expert: {
    isAppointed: false,
    firm: null,
    deliberationDate: null,
    designationDate: null,
    infoRequestDate: null,
    costNoticeDate: null,
    reportDate: null,
  },
  avis: null,
  avisDate: null,
  employerAnswerDate: null,
  workerNoticeDate: null,
  duerpUpdatedDate: null,
  dpiaShown: "unknown",
  aiTrainingOffered: "unknown",
  overrides: {},
};

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

/** The engine's facts: the recorded dates, the employer's accord delays and the rep's overrides. */
export function toConsultationFacts(record: TConsultationRecord, accord: TAccordDelays | undefined): TConsultationFacts {
  const { expert } = record;
  return {
    infoCommunicatedDate: orUndefined(record.infoCommunicatedDate),
    bdeseNoticeDate: orUndefined(record.bdeseNoticeDate),
    isMultiLevel: record.isMultiLevel,
    expert: {
      isAppointed: expert.isAppointed,
      deliberationDate: orUndefined(expert.deliberationDate),
      designationDate: orUndefined(expert.designationDate),
      infoRequestDate: orUndefined(expert.infoRequestDate),
      costNoticeDate: orUndefined(expert.costNoticeDate),
    },
    accord,
    avisDate: orUndefined(record.avisDate),
    overrides: record.overrides,
  };
}

export type TAccordReading = { delays?: TAccordDelays; isValid: boolean };

/**
 * Employer.accordDelays is free JSON. A value that does not parse is reported rather than half-used:
 * the legal delays apply and the page says the accord could not be read.
 */
export function readAccordDelays(value: unknown): TAccordReading {
  if (value === null || value === undefined) return { isValid: true };
  const parsed = ZAccordDelays.safeParse(value);
  return parsed.success ? { delays: parsed.data, isValid: true } : { isValid: false };
}

const ZStoredOverrides = z.partialRecord(z.enum(DEADLINE_IDS), ZDeadlineOverride);

/** Consultation.deadlineOverrides, written only by set-deadline-override.ts; anything else is dropped. */
export function readOverrides(value: unknown): TOverrides {
  const parsed = ZStoredOverrides.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** The checklist documents the employer has not handed over yet, in checklist order. */
export function missingDocuments(received: readonly TConsultationDocument[]): TConsultationDocument[] {
  return CONSULTATION_DOCUMENTS.filter((document) => !received.includes(document));
}
