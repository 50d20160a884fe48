/**
 * The recorded facts of one CSE information-consultation, shared by the form and its server action.
 * Error messages are keys (messages/*.json) so the UI can show them, in French first, next to the field.
 */
import { z } from "zod";

import { compareCalendarDates, isCalendarDate, type TCalendarDate } from "./calendar-date";
import { DEADLINE_IDS, findD0, isBelowLegalMinimum } from "./deadlines";

export const ZCalendarDate = z
  .string({ error: "validation.date.invalid" })
  .refine(isCalendarDate, { error: "validation.date.invalid" });

/** An empty date input ("") means "not known yet", as HTML date fields send it. */
const ZOptionalDate = z
  .string({ error: "validation.date.invalid" })
  .refine((value) => value === "" || isCalendarDate(value), { error: "validation.date.invalid" })
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

export const ZConsultationFacts = z
  .object({
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
  })
  .superRefine((facts, ctx) => {
    for (const rule of DATE_ORDER_RULES) {
      const value = rule.value(facts);
      const limit = rule.notBefore(facts);
      if (value !== undefined && limit !== undefined && compareCalendarDates(value, limit) < 0) {
        ctx.addIssue({ code: "custom", path: [...rule.path], message: rule.messageKey, params: { limit } });
      }
    }
  });

export type TConsultationFactsInput = z.input<typeof ZConsultationFacts>;
export type TConsultationFacts = z.output<typeof ZConsultationFacts>;
export type TAccordDelays = z.output<typeof ZAccordDelays>;
export type TDeadlineOverride = z.output<typeof ZDeadlineOverride>;
