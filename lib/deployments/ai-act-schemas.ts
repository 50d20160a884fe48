/**
 * The AI Act and GDPR facts of a case (the "AI Act et RGPD" part of the case form), which the
 * compliance engine reads (docs/compliance-facts.md). Pure: spread into the case schemas of
 * lib/deployments/schemas.ts. Unknown is not "no": every question can be answered "unknown", and a
 * blank number means "not known" (null), never 0.
 */
import { z } from "zod";

import { compareCalendarDates, isCalendarDate, isPlausibleOrEmpty, todayInParis } from "@/lib/consultations/calendar-date";
import { TRI_STATES } from "@/lib/consultations/schemas";

/** Questions answered yes / no / unknown, in the order the form asks them. */
export const AI_ACT_TRI_FIELDS = [
  "customerChatbot",
  "emotionInferenceWorkers",
  "emotionInferenceCustomers",
  "annexEmployment",
  "annexCreditScoring",
  "annexLifeHealthPricing",
  "customerAiDisclosure",
  "emotionDisclosure",
  "dpiaDone",
  "rpsAssessed",
  "vendorTrainingBasis",
] as const;
export type TAiActTriField = (typeof AI_ACT_TRI_FIELDS)[number];

/** Steps the employer takes on a day: answered yes / no / unknown, with the day when "yes". */
export const AI_ACT_DATED_STEPS = [
  { answer: "infoToReps", date: "infoToRepsOn" },
  { answer: "infoToWorkers", date: "infoToWorkersOn" },
  { answer: "fria", date: "friaOn" },
  { answer: "significantChange", date: "significantChangeOn" },
  { answer: "alertInvestigated", date: "alertInvestigatedOn" },
] as const;
export type TAiActDatedAnswer = (typeof AI_ACT_DATED_STEPS)[number]["answer"];
export type TAiActDatedDate = (typeof AI_ACT_DATED_STEPS)[number]["date"];

/** Every date column of this part of the form: the steps' days and the L2312-59 alert (a plain date). */
export const AI_ACT_DATE_FIELDS = [...AI_ACT_DATED_STEPS.map((step) => step.date), "rightsAlertOn"] as const;
export type TAiActDateField = (typeof AI_ACT_DATE_FIELDS)[number];

/** Whole numbers, blank = unknown. */
export const AI_ACT_NUMBER_FIELDS = ["callRecordingPercent", "recordingRetentionMonths", "analysisRetentionMonths", "logRetentionMonths"] as const;
export type TAiActNumberField = (typeof AI_ACT_NUMBER_FIELDS)[number];

export const PERCENT_MAX = 100;
/** A century: any longer retention is a typing error, and the column is a 32-bit integer. */
export const MONTHS_MAX = 1200;

const ZTri = z.enum(TRI_STATES, { error: "cases.validation.triState" });

/** A whole number typed in a text box, "" for unknown, at most `max`. */
const wholeNumberUpTo = (max: number, error: string) =>
  z
    .string({ error })
    .trim()
    .refine((value) => value === "" || (/^\d+$/.test(value) && Number(value) <= max), { error })
    .transform((value) => (value === "" ? null : Number(value)));

const ZOptionalDate = z
  .string({ error: "validation.date.invalid" })
  .refine((value) => value === "" || isCalendarDate(value), { error: "validation.date.invalid", abort: true })
  .refine(isPlausibleOrEmpty, { error: "validation.date.outOfRange" })
  .transform((value) => (value === "" ? null : value));

export const aiActCaseFacts = {
  customerChatbot: ZTri,
  emotionInferenceWorkers: ZTri,
  emotionInferenceCustomers: ZTri,
  annexEmployment: ZTri,
  annexCreditScoring: ZTri,
  annexLifeHealthPricing: ZTri,
  callRecordingPercent: wholeNumberUpTo(PERCENT_MAX, "compliance.validation.percent"),
  recordingRetentionMonths: wholeNumberUpTo(MONTHS_MAX, "compliance.validation.months"),
  analysisRetentionMonths: wholeNumberUpTo(MONTHS_MAX, "compliance.validation.months"),
  logRetentionMonths: wholeNumberUpTo(MONTHS_MAX, "compliance.validation.months"),
  infoToReps: ZTri,
  infoToRepsOn: ZOptionalDate,
  infoToWorkers: ZTri,
  infoToWorkersOn: ZOptionalDate,
  fria: ZTri,
  friaOn: ZOptionalDate,
  significantChange: ZTri,
  significantChangeOn: ZOptionalDate,
  customerAiDisclosure: ZTri,
  emotionDisclosure: ZTri,
  dpiaDone: ZTri,
  rpsAssessed: ZTri,
  vendorTrainingBasis: ZTri,
  rightsAlertOn: ZOptionalDate,
  alertInvestigated: ZTri,
  alertInvestigatedOn: ZOptionalDate,
};

/** The questions before anyone answers them, as the form sends them: unknown, not "no". */
export const BLANK_AI_ACT_FACTS = {
  customerChatbot: "unknown",
  emotionInferenceWorkers: "unknown",
  emotionInferenceCustomers: "unknown",
  annexEmployment: "unknown",
  annexCreditScoring: "unknown",
  annexLifeHealthPricing: "unknown",
  callRecordingPercent: "",
  recordingRetentionMonths: "",
  analysisRetentionMonths: "",
  logRetentionMonths: "",
  infoToReps: "unknown",
  infoToRepsOn: "",
  infoToWorkers: "unknown",
  infoToWorkersOn: "",
  fria: "unknown",
  friaOn: "",
  significantChange: "unknown",
  significantChangeOn: "",
  customerAiDisclosure: "unknown",
  emotionDisclosure: "unknown",
  dpiaDone: "unknown",
  rpsAssessed: "unknown",
  vendorTrainingBasis: "unknown",
  rightsAlertOn: "",
  alertInvestigated: "unknown",
  alertInvestigatedOn: "",
} as const satisfies z.input<z.ZodObject<typeof aiActCaseFacts>>;

type TDatedInput = Record<TAiActDatedAnswer | TAiActDateField, unknown>;

/**
 * "Yes, done" needs the day it was done (the engine compares it with the first use), and that day
 * cannot be in the future. A date given with "no" or "unknown" is ignored (see pickFacts), not refused:
 * the form keeps it hidden, ready if the answer goes back to "yes".
 */
export function checkAiActDates(input: TDatedInput, ctx: z.RefinementCtx): void {
  const today = todayInParis();
  for (const step of AI_ACT_DATED_STEPS) {
    if (input[step.answer] !== "yes") continue;
    const date = input[step.date];
    if (date === "" || date === null || date === undefined) {
      ctx.addIssue({ code: "custom", path: [step.date], message: "compliance.validation.dateWhenYes" });
    } else if (typeof date === "string" && isCalendarDate(date) && compareCalendarDates(date, today) > 0) {
      ctx.addIssue({ code: "custom", path: [step.date], message: "cases.validation.date.future" });
    }
  }
  const alert = input.rightsAlertOn;
  if (typeof alert === "string" && isCalendarDate(alert) && compareCalendarDates(alert, today) > 0) {
    ctx.addIssue({ code: "custom", path: ["rightsAlertOn"], message: "cases.validation.date.future" });
  }
}
