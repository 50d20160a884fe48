/**
 * An admin's edit of one rule's entry in the legal calendar (/admin/legal-calendar), shared by the form
 * and its server action. Pure. Messages are keys of messages/*.json.
 */
import { z } from "zod";

import { compareCalendarDates, isCalendarDate } from "@/lib/consultations/calendar-date";

import { LEGAL_STATUSES, RULE_IDS, SOURCE_TAGS } from "./legal-calendar";

/** A typo guard, not a legal limit: every rule the engine knows applies between these days. */
export const EARLIEST_APPLICATION = "1945-01-01";
export const LATEST_APPLICATION = "2100-12-31";
export const SOURCE_MAX_LENGTH = 500;
export const NOTE_MAX_LENGTH = 1000;

const ZRuleId = z.enum(RULE_IDS, { error: "compliance.calendar.validation.rule" });

export const ZCalendarEntryInput = z.object({
  ruleId: ZRuleId,
  appliesFrom: z
    .string({ error: "validation.required" })
    .min(1, { error: "validation.required", abort: true })
    .refine(isCalendarDate, { error: "validation.date.invalid", abort: true })
    .refine((value) => compareCalendarDates(value, EARLIEST_APPLICATION) >= 0 && compareCalendarDates(value, LATEST_APPLICATION) <= 0, {
      error: "compliance.calendar.validation.dateRange",
      when: (payload) => payload.issues.length === 0,
    }),
  legalStatus: z.enum(LEGAL_STATUSES, { error: "compliance.calendar.validation.legalStatus" }),
  source: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(SOURCE_MAX_LENGTH, "validation.tooLong"),
  tag: z.enum(SOURCE_TAGS, { error: "compliance.calendar.validation.tag" }),
  note: z
    .string({ error: "validation.tooLong" })
    .trim()
    .max(NOTE_MAX_LENGTH, "validation.tooLong")
    .transform((value) => (value === "" ? null : value)),
});
export type TCalendarEntryInput = z.input<typeof ZCalendarEntryInput>;
export type TCalendarEntryData = z.output<typeof ZCalendarEntryInput>;

/** Back to the default entry of lib/compliance/legal-calendar.ts. */
export const ZResetCalendarEntry = z.object({ ruleId: ZRuleId });
export type TResetCalendarEntry = z.output<typeof ZResetCalendarEntry>;
