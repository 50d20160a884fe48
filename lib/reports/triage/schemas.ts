/**
 * Inputs of the reps' side of member reports (issue 4, point 6): the inbox's URL query and one zod
 * schema per triage form, shared by the forms (hints) and the server actions (the real check).
 * Messages are keys of messages/<locale>/reports.json. Pure: no I/O.
 */
import { z } from "zod";

import type { TCalendarDate } from "@/lib/consultations/calendar-date";
import { ZCaseInput, type TCaseInput, type TConcern } from "@/lib/deployments/schemas";
import { MANUAL_REPORT_STATUSES, REPORT_STATUSES, type TReportStatus } from "@/lib/reports/status";

/** A rep's message to the reporter, and an internal note (the reporter's own limit is 4,000 too). */
export const REP_MESSAGE_MAX = 4000;
export const INTERNAL_NOTE_MAX = 8000;
export const INBOX_PAGE_SIZE = 25;

const ZReportId = z.uuid({ error: "validation.invalidId" });

const ZBody = (max: number, required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: "validation.tooLong" });

export const ZChangeReportStatus = z.object({
  reportId: ZReportId,
  toStatus: z.enum(MANUAL_REPORT_STATUSES, { error: "reports.validation.statusRequired" }),
});
export type TChangeReportStatus = z.output<typeof ZChangeReportStatus>;

export const ZReplyToReporter = z.object({
  reportId: ZReportId,
  body: ZBody(REP_MESSAGE_MAX, "reports.validation.messageRequired"),
  /** Also moves the report to "needs information" (the reporter sees "the union needs more"). */
  askForInformation: z.boolean({ error: "validation.invalidId" }).default(false),
});
export type TReplyToReporter = z.output<typeof ZReplyToReporter>;

export const ZAddInternalNote = z.object({
  reportId: ZReportId,
  body: ZBody(INTERNAL_NOTE_MAX, "reports.validation.noteRequired"),
});
export type TAddInternalNote = z.output<typeof ZAddInternalNote>;

export const ZLinkReportToCase = z.object({
  reportId: ZReportId,
  caseId: z.uuid({ error: "reports.validation.caseRequired" }),
});
export type TLinkReportToCase = z.output<typeof ZLinkReportToCase>;

export const ZMarkDuplicate = z.object({
  reportId: ZReportId,
  duplicateOfId: z.uuid({ error: "reports.validation.originalRequired" }),
});
export type TMarkDuplicate = z.output<typeof ZMarkDuplicate>;

export const ZAssignEmployer = z.object({
  reportId: ZReportId,
  employerId: z.uuid({ error: "reports.validation.employerRequired" }),
});
export type TAssignEmployer = z.output<typeof ZAssignEmployer>;

/** The case form (same fields, same checks) plus the report the new case comes from. */
export const ZCaseFromReport = ZCaseInput.safeExtend({ reportId: ZReportId });
export type TCaseFromReportInput = z.input<typeof ZCaseFromReport>;
export type TCaseFromReport = z.output<typeof ZCaseFromReport>;

/** What a report gives the case form (lib/reports/triage/queries.ts), or why it cannot open a case. */
export type TCasePrefill =
  | { ok: true; reportId: string; submittedOn: TCalendarDate; employer: { id: string; legalName: string }; description: string; concerns: TConcern[]; localName: string }
  | { ok: false; messageKey: string };

/**
 * The case form's starting values for a report: its employer, "what it does" as the description, its
 * concerns, its day as the day the section learned of the tool, "member report" as the source. The
 * tool is left for the rep to choose.
 */
export function caseValuesFromReport(prefill: Extract<TCasePrefill, { ok: true }>): Partial<TCaseInput> {
  return {
    employerId: prefill.employer.id,
    localName: prefill.localName,
    description: prefill.description,
    concerns: prefill.concerns,
    firstKnownOn: prefill.submittedOn,
    source: "member_report",
  };
}

/** The inbox's status filter: the open ones by default, every status, or one. */
export const INBOX_STATUS_FILTERS = ["open", "all", ...REPORT_STATUSES] as const;
export type TInboxStatusFilter = "open" | "all" | TReportStatus;
/** The employer filter's value for reports naming an employer unknown to the app (admins only). */
export const UNKNOWN_EMPLOYER = "unknown";

export type TInboxQuery = {
  status: TInboxStatusFilter;
  /** An employer id, UNKNOWN_EMPLOYER, or undefined for every employer the actor triages. */
  employer?: string;
  page: number;
};

const ZInboxParams = z.object({
  status: z.enum(INBOX_STATUS_FILTERS),
  employer: z.union([z.literal(UNKNOWN_EMPLOYER), z.uuid()]),
  page: z.coerce.number().int().min(1).max(100_000),
});

type TRawParams = Record<string, string | string[] | undefined>;

/** Reads /reports?status=…&employer=…&page=…: a bad or empty value is dropped (the default applies). */
export function parseInboxQuery(params: TRawParams): TInboxQuery {
  const read = (name: keyof typeof ZInboxParams.shape) => {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") return undefined;
    const parsed = ZInboxParams.shape[name].safeParse(value.trim());
    return parsed.success ? parsed.data : undefined;
  };
  return {
    status: (read("status") as TInboxStatusFilter | undefined) ?? "open",
    employer: read("employer") as string | undefined,
    page: (read("page") as number | undefined) ?? 1,
  };
}

/** The inbox's address for a query (defaults left out, so links stay short). */
export function inboxHref(query: TInboxQuery, changes: Partial<TInboxQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.status !== "open") params.set("status", next.status);
  if (next.employer) params.set("employer", next.employer);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/reports?${search}` : "/reports";
}

/**
 * The start of a text for a list: at most `max` characters, cut at a word when one ends near the
 * limit, with an ellipsis when something was cut. Whitespace runs become one space.
 */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
