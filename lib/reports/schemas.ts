/**
 * Inputs of the anonymous member journey (issue 4): the report form, the reporter's messages and the
 * receipt: the check of their server actions and of the JSON intake route. The public forms do not
 * import this file (it would ship zod to the browser, issue 21): they take their HTML constraints from
 * limits.ts and show the errors these schemas return, rendered by the server. Inputs are what HTML controls send (strings, "" for blank); error messages
 * are keys of messages/<locale>/reportForm.json. Pure: no I/O.
 */
import { z } from "zod";

import { CONCERNS, TRI_STATES, type TConcern } from "@/lib/deployments/schemas";
import { REPORT_LIMITS, WHAT_IT_DOES_MIN } from "@/lib/reports/limits";
import { normalizeReceipt } from "@/lib/reports/receipt-format";

export { REPORT_LIMITS, WHAT_IT_DOES_MIN } from "@/lib/reports/limits";

const tooLong = "reportForm.validation.tooLong";

/** Optional free text: "" and absent both mean "not given" (null). */
const optionalText = (max: number) =>
  z
    .string({ error: "reportForm.validation.text" })
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));

const isConcern = (value: unknown): value is TConcern => (CONCERNS as readonly unknown[]).includes(value);

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ZReportSubmission = z
  .object({
    /** A known employer picked in the list (the form fills it when the typed name matches one). */
    employerId: z
      .string({ error: "reportForm.validation.employerId" })
      .trim()
      .optional()
      .refine((value) => !value || UUID_PATTERN.test(value), { error: "reportForm.validation.employerId" })
      .transform((value) => (value ? value.toLowerCase() : null)),
    /** The one union to tell (issue 15); empty: every union present at the employer. */
    unionId: z
      .string({ error: "reportForm.validation.unionId" })
      .trim()
      .optional()
      .refine((value) => !value || UUID_PATTERN.test(value), { error: "reportForm.validation.unionId" })
      .transform((value) => (value ? value.toLowerCase() : null)),
    /** The employer's name as picked or typed ("my employer is not listed: type its name"). */
    employerName: optionalText(REPORT_LIMITS.employerName),
    site: optionalText(REPORT_LIMITS.site),
    toolName: optionalText(REPORT_LIMITS.toolName),
    whatItDoes: z
      .string({ error: "reportForm.validation.whatItDoesRequired" })
      .trim()
      .min(1, "reportForm.validation.whatItDoesRequired")
      .refine((value) => value.length === 0 || value.length >= WHAT_IT_DOES_MIN, { error: "reportForm.validation.whatItDoesShort" })
      .max(REPORT_LIMITS.whatItDoes, tooLong),
    howNoticed: optionalText(REPORT_LIMITS.howNoticed),
    staffInformed: z.enum(TRI_STATES, { error: "reportForm.validation.staffInformed" }).optional().transform((value) => value ?? "unknown"),
    // Checked as a whole so that a bad value is reported on the group, not on "concerns.3".
    concerns: z
      .array(z.unknown(), { error: "reportForm.validation.concerns" })
      .max(CONCERNS.length, "reportForm.validation.concerns")
      .refine((items) => items.every(isConcern), { error: "reportForm.validation.concerns" })
      .optional()
      .transform((items) => [...new Set((items ?? []) as TConcern[])]),
    details: optionalText(REPORT_LIMITS.details),
    /** Honeypot: hidden from people, filled by bots. Not an error: the operation pretends to accept. */
    website: z.string({ error: tooLong }).max(REPORT_LIMITS.honeypot, tooLong).optional().transform((value) => value?.trim() ?? ""),
  })
  .refine((report) => Boolean(report.employerId || report.employerName), {
    path: ["employerName"],
    message: "reportForm.validation.employerRequired",
    // Also when other fields are wrong (an empty form names every missing field at once), as long as
    // the two employer fields themselves parsed.
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "employerId" || issue.path?.[0] === "employerName"),
  });

export type TReportSubmissionInput = z.input<typeof ZReportSubmission>;
export type TReportSubmission = z.output<typeof ZReportSubmission>;

/** What a reporter writes to the union after submitting (the report comes from the follow-up cookie). */
export const ZReporterMessage = z.object({
  body: z
    .string({ error: "reportForm.validation.messageRequired" })
    .trim()
    .min(1, "reportForm.validation.messageRequired")
    .max(REPORT_LIMITS.message, tooLong),
});
export type TReporterMessageInput = z.input<typeof ZReporterMessage>;

/** A receipt as people type or paste it: 16 digits, spaces, dashes or dots allowed. Output: the digits. */
export const ZReceiptInput = z.object({
  receipt: z
    .string({ error: "reportForm.validation.receipt" })
    .max(64, "reportForm.validation.receipt")
    .transform((value, context) => {
      const digits = normalizeReceipt(value);
      if (!digits) {
        context.addIssue({ code: "custom", message: "reportForm.validation.receipt" });
        return z.NEVER;
      }
      return digits;
    }),
});
export type TReceiptInput = z.input<typeof ZReceiptInput>;

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The report form's FormData as the schema's input (works for the no-JavaScript post too). */
export function reportSubmissionFromFormData(formData: FormData): TReportSubmissionInput {
  return {
    employerId: text(formData, "employerId"),
    employerName: text(formData, "employerName"),
    unionId: text(formData, "unionId"),
    site: text(formData, "site"),
    toolName: text(formData, "toolName"),
    whatItDoes: text(formData, "whatItDoes") ?? "",
    howNoticed: text(formData, "howNoticed"),
    staffInformed: (text(formData, "staffInformed") || undefined) as TReportSubmissionInput["staffInformed"],
    concerns: formData.getAll("concerns").filter((value): value is string => typeof value === "string") as TReportSubmissionInput["concerns"],
    details: text(formData, "details"),
    website: text(formData, "website"),
  };
}

/** The text fields of the report form, echoed back so a refused form keeps what the person wrote. */
export type TReportFormValues = Partial<Record<"employerId" | "employerName" | "unionId" | "site" | "toolName" | "whatItDoes" | "howNoticed" | "staffInformed" | "details", string>> & {
  concerns?: string[];
};

export function reportFormValues(input: TReportSubmissionInput): TReportFormValues {
  // The honeypot (website) is never echoed back.
  return {
    employerId: input.employerId,
    employerName: input.employerName,
    unionId: input.unionId,
    site: input.site,
    toolName: input.toolName,
    whatItDoes: input.whatItDoes,
    howNoticed: input.howNoticed,
    staffInformed: input.staffInformed,
    details: input.details,
    concerns: (input.concerns ?? []).filter((value): value is string => typeof value === "string"),
  };
}
