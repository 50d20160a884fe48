/**
 * Inputs of the case workflow (status, timeline, tasks), shared by the forms (hints) and the server
 * actions (the real check). Messages are keys of messages/*.json, shown next to their field.
 */
import { z } from "zod";

import type { CaseEventType } from "@/generated/prisma/enums";
import { ZCalendarDate } from "@/lib/consultations/schemas";
import { CASE_OUTCOMES, CASE_STATUSES, missingResolutionFields } from "@/lib/workflow/workflow";

/** Event types a user records by hand; `status_change` events are written only by a transition. */
export const MANUAL_EVENT_TYPES = [
  "note",
  "meeting",
  "letter_sent",
  "employer_reply",
  "cse_meeting",
  "expert_report",
  "legal_step",
] as const satisfies readonly CaseEventType[];

export const TITLE_MAX = 200;
export const EVENT_BODY_MAX = 10_000;
export const SUMMARY_MAX = 5_000;

const ZId = z.uuid({ error: "validation.invalidId" });

/** An empty form field ("" from a select or textarea) means "not given". */
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const ZTitle = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(TITLE_MAX, { error: "validation.tooLong" });

export const ZTransitionCase = z
  .object({
    caseId: ZId,
    /** The version the user saw: a change made since then by someone else is a conflict. */
    version: z.int({ error: "validation.invalidId" }).positive({ error: "validation.invalidId" }),
    toStatus: z.enum(CASE_STATUSES, { error: "workflow.errors.statusRequired" }),
    outcome: z.preprocess(emptyToUndefined, z.enum(CASE_OUTCOMES, { error: "workflow.errors.outcomeRequired" }).optional()),
    resolutionSummary: z.preprocess(
      emptyToUndefined,
      z.string({ error: "workflow.errors.summaryRequired" }).trim().max(SUMMARY_MAX, { error: "validation.tooLong" }).optional(),
    ),
  })
  .superRefine((input, context) => {
    for (const { field, messageKey } of missingResolutionFields(input.toStatus, input)) {
      context.addIssue({ code: "custom", path: [field], message: messageKey });
    }
  });
export type TTransitionCase = z.output<typeof ZTransitionCase>;

/**
 * Dates may lie in the future: a CSE meeting or a hearing is often recorded before it happens
 * (the timeline marks it "à venir").
 */
export const ZAddEvent = z.object({
  caseId: ZId,
  type: z.enum(MANUAL_EVENT_TYPES, { error: "workflow.errors.eventType" }),
  occurredOn: ZCalendarDate,
  title: ZTitle,
  body: z.preprocess(
    emptyToUndefined,
    z.string({ error: "validation.required" }).trim().max(EVENT_BODY_MAX, { error: "validation.tooLong" }).optional(),
  ),
});
export type TAddEvent = z.output<typeof ZAddEvent>;

export const ZCreateTask = z.object({
  caseId: ZId,
  title: ZTitle,
  dueOn: z.preprocess(emptyToUndefined, ZCalendarDate.optional()),
  assigneeId: z.preprocess(emptyToUndefined, ZId.optional()),
});
export type TCreateTask = z.output<typeof ZCreateTask>;

/** Re-dating or reassigning a task: both fields are sent as they now stand (empty: no date, nobody). */
export const ZUpdateTask = z.object({
  taskId: ZId,
  dueOn: z.preprocess(emptyToUndefined, ZCalendarDate.optional()),
  assigneeId: z.preprocess(emptyToUndefined, ZId.optional()),
});
export type TUpdateTask = z.output<typeof ZUpdateTask>;

export const ZTaskRef = z.object({ taskId: ZId });
export type TTaskRef = z.output<typeof ZTaskRef>;
