/**
 * Inputs of the letters feature, shared by the forms (hints) and the server actions (the real check).
 * Messages are keys of messages/*.json, shown next to their field.
 */
import { z } from "zod";

import { compareCalendarDates } from "@/lib/consultations/calendar-date";
import { ZCalendarDate } from "@/lib/consultations/schemas";

import { LETTER_KINDS } from "./kinds";
import { checkLetterTemplate } from "./render";

export const LETTER_LIMITS = { sender: 600, recipient: 600, place: 100, title: 200, body: 20_000, signature: 300, template: 20_000 } as const;

const ZText = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

export const ZLetterKind = z.enum(LETTER_KINDS, { error: "letters.validation.kind" });

/** "" from an empty date field means "no reply expected". */
const ZOptionalDate = z.preprocess((value) => (value === "" || value === null ? undefined : value), ZCalendarDate.optional());

/** A letter as the rep saves it from the draft page: the frame, the text, the dates. */
export const ZSaveLetter = z
  .object({
    caseId: z.uuid({ error: "validation.invalidId" }),
    kind: ZLetterKind,
    sender: ZText(LETTER_LIMITS.sender),
    recipient: ZText(LETTER_LIMITS.recipient),
    place: z.string().trim().max(LETTER_LIMITS.place, { error: "validation.tooLong" }).default(""),
    title: ZText(LETTER_LIMITS.title),
    body: ZText(LETTER_LIMITS.body),
    signature: ZText(LETTER_LIMITS.signature),
    sentOn: ZCalendarDate,
    replyDueOn: ZOptionalDate,
  })
  .superRefine((input, context) => {
    if (input.replyDueOn && compareCalendarDates(input.replyDueOn, input.sentOn) < 0) {
      context.addIssue({ code: "custom", path: ["replyDueOn"], message: "letters.validation.replyBeforeSent" });
    }
  });
export type TSaveLetterInput = z.input<typeof ZSaveLetter>;
export type TSaveLetter = z.output<typeof ZSaveLetter>;

/** A template text: it must parse and use only the letter context's variables (render.ts). */
const ZTemplateText = (max: number) =>
  ZText(max).superRefine((text, context) => {
    const issue = checkLetterTemplate(text);
    if (issue) context.addIssue({ code: "custom", message: issue.messageKey, params: issue.params });
  });

export const ZSaveLetterTemplate = z.object({
  kind: ZLetterKind,
  title: ZTemplateText(LETTER_LIMITS.title),
  body: ZTemplateText(LETTER_LIMITS.template),
});
export type TSaveLetterTemplateInput = z.input<typeof ZSaveLetterTemplate>;
export type TSaveLetterTemplate = z.output<typeof ZSaveLetterTemplate>;

export const ZResetLetterTemplate = z.object({ kind: ZLetterKind });
export type TResetLetterTemplate = z.output<typeof ZResetLetterTemplate>;
