/**
 * The recorded facts of one CSE information-consultation, shared by the form and its server action.
 * Error messages are keys (messages/*.json) so the UI can show them, in French first, next to the field.
 */
import { z } from "zod";

import { compareCalendarDates, isCalendarDate, isPlausibleOrEmpty, type TCalendarDate } from "./calendar-date";
import { DEADLINE_IDS, findD0, isBelowLegalMinimum } from "./deadlines";

export const ZCalendarDate = z
  .string({ error: "validation.date.invalid" })
  .refine(isCalendarDate, { error: "validation.date.invalid", abort: true })
  .refine(isPlausibleOrEmpty, { error: "validation.date.outOfRange" });

/** An empty date input ("") means "not known yet", as HTML date fields send it. */
const ZOptionalDate = z
  .string({ error: "validation.date.invalid" })
  .refine((value) => value === "" || isCalendarDate(value), { error: "validation.date.invalid", abort: true })
  .refine(isPlausibleOrEmpty, { error: "validation.date.outOfRange" })
  .transform((value) => (value === "" ? undefined : value))
  .optional();

// Zero is a well-formed delay, rejected by the 15-day floor below with its own message.
const ZCount = z.int({ error: "validation.duration.invalid" }).nonnegative({ error: "validation.duration.invalid" });

export const ZDuration = z.union([z.strictObject({ months: ZCount }), z.strictObject({ days: ZCount })], {
  error: "validation.duration.invalid",
});

/** L2312-16: an accord may shorten or lengthen the legal delays, never below 15 days. */
const ZAccordDelay = ZDuration.refine((delay) => !isBelowLegalMinimum(delay), {
  error: "validation.accord.delayBelowMinimum",
  // A malformed delay already has its message; do not add a second one on the same field.
  when: (payload) => payload.issues.length === 0,
});

/** Delays of an "accord de méthode"; a case the accord is silent on keeps the legal delay. */
export const ZAccordDelays = z.strictObject(
  {
    simple: ZAccordDelay.optional(),
    withExpert: ZAccordDelay.optional(),
    multiLevelWithExperts: ZAccordDelay.optional(),
  },
  { error: "validation.accord.unknownCase" },
);

export const ZExpertFacts = z.object({
  isAppointed: z.boolean().default(false),
  /** CSE vote deciding to use an expert (start of the employer's challenge of its necessity). */
  deliberationDate: ZOptionalDate,
  /** Appointment of the named expert (starts R2315-45 and R2315-46). */
  designationDate: ZOptionalDate,
  infoRequestDate: ZOptionalDate,
  costNoticeDate: ZOptionalDate,
});

export const ZDeadlineOverride = z.object({
  date: ZCalendarDate,
  reason: z
    .string({ error: "validation.override.reasonRequired" })
    .trim()
    .min(1, { error: "validation.override.reasonRequired" })
    .max(500, { error: "validation.tooLong" }),
});

/** The date fields the order checks read (spelled out: the schema's own type is not known yet here). */
type TOrderFacts = {
  infoCommunicatedDate?: TCalendarDate;
  bdeseNoticeDate?: TCalendarDate;
  avisDate?: TCalendarDate;
  expert: { [K in "deliberationDate" | "designationDate" | "infoRequestDate" | "costNoticeDate"]?: TCalendarDate };
};

/** Each row: a field that may not be earlier than another fact, and the key shown on that field. */
const DATE_ORDER_RULES: readonly {
  path: readonly [string, ...string[]];
  value: (facts: TOrderFacts) => TCalendarDate | undefined;
  notBefore: (facts: TOrderFacts) => TCalendarDate | undefined;
  messageKey: string;
}[] = [
  {
    path: ["expert", "designationDate"],
    value: (f) => f.expert.designationDate,
    notBefore: (f) => f.expert.deliberationDate,
    messageKey: "validation.date.beforeDeliberation",
  },
  {
    path: ["expert", "infoRequestDate"],
    value: (f) => f.expert.infoRequestDate,
    notBefore: (f) => f.expert.designationDate,
    messageKey: "validation.date.beforeDesignation",
  },
  {
    path: ["expert", "costNoticeDate"],
    value: (f) => f.expert.costNoticeDate,
    notBefore: (f) => f.expert.designationDate,
    messageKey: "validation.date.beforeDesignation",
  },
  {
    path: ["avisDate"],
    value: (f) => f.avisDate,
    notBefore: (f) => findD0(f)?.date,
    messageKey: "validation.date.beforeD0",
  },
];

/** The facts the deadlines depend on, without the cross-field checks (shared with the form's schema). */
const ZFactsShape = z.object({
  /** Day the employer communicated the written information (R2312-5). */
  infoCommunicatedDate: ZOptionalDate,
  /** Day the employer told the CSE the information is in the BDESE (R2312-5). */
  bdeseNoticeDate: ZOptionalDate,
  /** Consulted at both central CSE and establishment CSE level (R2312-6 II). */
  isMultiLevel: z.boolean().default(false),
  expert: ZExpertFacts.default({ isAppointed: false }),
  accord: ZAccordDelays.optional(),
  avisDate: ZOptionalDate,
  overrides: z
    .partialRecord(z.enum(DEADLINE_IDS), ZDeadlineOverride, { error: "validation.override.unknownDeadline" })
    .default({}),
});

/** Puts each broken date order (DATE_ORDER_RULES) on the later field, as the form shows it. */
function checkDateOrder(facts: TOrderFacts, ctx: z.RefinementCtx) {
  for (const rule of DATE_ORDER_RULES) {
    const value = rule.value(facts);
    const limit = rule.notBefore(facts);
    if (value !== undefined && limit !== undefined && compareCalendarDates(value, limit) < 0) {
      ctx.addIssue({ code: "custom", path: [...rule.path], message: rule.messageKey, params: { limit } });
    }
  }
}

export const ZConsultationFacts = ZFactsShape.superRefine(checkDateOrder);

export const LEGAL_BASES = [
  "l2312_8_new_technology",
  "l2312_8_working_conditions",
  "l2312_8_environment",
  "l2312_38_monitoring",
  "l2312_38_hr_processing",
  "l2312_38_recruitment",
  "l4121_3_duerp",
] as const;
export const CONSULTATION_DOCUMENTS = [
  "project_note",
  "vendor_and_model",
  "data_flows",
  "dpia",
  "ai_act_classification",
  "jobs_workload_impact",
  "training_plan",
  "duerp_update",
  "environmental_data",
] as const;
export const AVIS = ["favourable", "defavorable", "abstention", "reputed_negative"] as const;
export const TRI_STATES = ["yes", "no", "unknown"] as const;

export const ZCaseId = z.uuid({ error: "validation.invalidId" });
/** A select's "" means "none chosen". */
const ZOptionalId = z
  .union([z.literal(""), z.uuid({ error: "validation.invalidId" })], { error: "validation.invalidId" })
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const ZOptionalText = z
  .string()
  .trim()
  .max(200, { error: "validation.tooLong" })
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/**
 * The consultation form: the deadline facts (same fields and checks as ZConsultationFacts) plus what
 * the rep records around them. The accord comes from the employer and overrides have their own action.
 */
export const ZConsultationInput = ZFactsShape.omit({ accord: true, overrides: true })
  .extend({
    caseId: ZCaseId,
    /** The case version the form was loaded with (optimistic concurrency, see updateCase). */
    caseVersion: z.int({ error: "validation.invalidId" }).positive({ error: "validation.invalidId" }),
    cseBodyId: ZOptionalId,
    legalBases: z.array(z.enum(LEGAL_BASES, { error: "validation.required" })).default([]),
    documentsReceived: z.array(z.enum(CONSULTATION_DOCUMENTS, { error: "validation.required" })).default([]),
    expert: ZExpertFacts.extend({ firm: ZOptionalText, reportDate: ZOptionalDate }).default({ isAppointed: false }),
    avis: z
      .union([z.literal(""), z.enum(AVIS)], { error: "validation.required" })
      .transform((value) => (value === "" ? undefined : value))
      .optional(),
    employerAnswerDate: ZOptionalDate,
    workerNoticeDate: ZOptionalDate,
    duerpUpdatedDate: ZOptionalDate,
    dpiaShown: z.enum(TRI_STATES, { error: "validation.required" }).default("unknown"),
    aiTrainingOffered: z.enum(TRI_STATES, { error: "validation.required" }).default("unknown"),
  })
  .superRefine(checkDateOrder)
  .superRefine((input, ctx) => {
    // The avis closes the consultation deadlines on its date, so a recorded avis needs one.
    if (input.avis && !input.avisDate) ctx.addIssue({ code: "custom", path: ["avisDate"], message: "consultation.validation.avisDateRequired" });
    // L2312-15: the employer's reasoned answer replies to the avis.
    const { employerAnswerDate, avisDate } = input;
    if (employerAnswerDate && avisDate && compareCalendarDates(employerAnswerDate, avisDate) < 0) {
      ctx.addIssue({ code: "custom", path: ["employerAnswerDate"], message: "consultation.validation.beforeAvis" });
    }
    const { reportDate, designationDate } = input.expert;
    if (reportDate && designationDate && compareCalendarDates(reportDate, designationDate) < 0) {
      ctx.addIssue({ code: "custom", path: ["expert", "reportDate"], message: "validation.date.beforeDesignation" });
    }
  });

const ZDeadlineId = z.enum(DEADLINE_IDS, { error: "validation.override.unknownDeadline" });

/** A rep replaces one computed deadline (e.g. a judge's extension), with the reason kept beside it. */
export const ZSetDeadlineOverride = ZDeadlineOverride.extend({ caseId: ZCaseId, deadlineId: ZDeadlineId });
export const ZClearDeadlineOverride = z.object({ caseId: ZCaseId, deadlineId: ZDeadlineId });

export type TConsultationFactsInput = z.input<typeof ZConsultationFacts>;
export type TConsultationFacts = z.output<typeof ZConsultationFacts>;
export type TAccordDelays = z.output<typeof ZAccordDelays>;
export type TDeadlineOverride = z.output<typeof ZDeadlineOverride>;
export type TConsultationInput = z.input<typeof ZConsultationInput>;
export type TConsultationData = z.output<typeof ZConsultationInput>;
export type TSetDeadlineOverride = z.output<typeof ZSetDeadlineOverride>;
export type TClearDeadlineOverride = z.output<typeof ZClearDeadlineOverride>;
