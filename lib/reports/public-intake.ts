import "server-only";

import type { z } from "zod";

import { fieldErrorsOf, type TActionFailure, type TActionResult } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { clientAddress } from "@/lib/net/client-address";
import {
  addReporterMessage,
  followUpExpired,
  getReportForReporter,
  openReportByReceipt,
} from "@/lib/reports/follow-up";
import { endFollowUp, followUpReportId, startFollowUp } from "@/lib/reports/follow-up-session";
import type { TIntakeClient } from "@/lib/reports/intake-throttle";
import {
  reportFormValues,
  reportSubmissionFromFormData,
  ZReceiptInput,
  ZReporterMessage,
  ZReportSubmission,
  type TReportFormValues,
} from "@/lib/reports/schemas";
import { submitReport, type TSubmittedReport } from "@/lib/reports/submit-report";

/**
 * The one pipeline of the anonymous journey (the public twin of defineAction): client → parse →
 * operation → result, for the server actions of /signaler and /suivi and for POST /api/public/reports.
 * There is no session and no audit row. The request headers are read for one thing only, the client
 * address that keys the throttle: the one scripts/server.mjs computed from the socket (never a header
 * the client writes, see lib/net/client-address.ts), coarsened to its /24 or /48 and keyed in memory
 * only (intake-throttle.ts), never stored or logged. Unexpected errors are logged by name only: an
 * error message may quote what was being written.
 */
export function intakeClient(headers: Pick<Headers, "get">): TIntakeClient {
  return { address: clientAddress(headers) };
}

export type TPublicOutcome<R> = { result: TActionResult<R>; status: number };

export async function runPublic<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  operation: (data: z.output<S>) => Promise<R>,
): Promise<TPublicOutcome<R>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { result: { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }, status: 400 };
  try {
    return { result: { ok: true, data: await operation(parsed.data) }, status: 200 };
  } catch (error) {
    if (error instanceof AppError) {
      const result: TActionFailure = error.field
        ? { ok: false, fieldErrors: { [error.field]: [error.messageKey] } }
        : { ok: false, formError: error.messageKey };
      // A 429 says when to try again (the seconds, and the message's values).
      if (error.details !== undefined) result.details = error.details;
      return { result, status: error.status };
    }
    const name = error instanceof Error ? error.name : typeof error;
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
    logger.error({ err: { name, code } }, "public intake failed");
    return { result: { ok: false, formError: "errors.unexpected" }, status: 500 };
  }
}

// ---------------------------------------------------------------------------------------------
// /signaler

export type TSubmitReportState = {
  result: TActionResult<TSubmittedReport> | null;
  /** What the person typed, so that a refused form keeps it (with or without JavaScript). */
  values: TReportFormValues;
};

export async function submitReportFromForm(formData: FormData, headers: Pick<Headers, "get">): Promise<TSubmitReportState> {
  const input = reportSubmissionFromFormData(formData);
  const client = intakeClient(headers);
  const { result } = await runPublic(ZReportSubmission, input, (data) => submitReport(data, client));
  return { result, values: result.ok ? {} : reportFormValues(input) };
}

/** POST /api/public/reports: the same operation with a JSON body. */
export async function submitReportFromJson(body: unknown, headers: Pick<Headers, "get">): Promise<TPublicOutcome<TSubmittedReport>> {
  const client = intakeClient(headers);
  const outcome = await runPublic(ZReportSubmission, body, (data) => submitReport(data, client));
  return outcome.result.ok ? { ...outcome, status: 201 } : outcome;
}

// ---------------------------------------------------------------------------------------------
// /suivi

export type TFollowUpState = { result: TActionResult<null> | null; values: { receipt?: string; body?: string } };

/** A correct receipt opens the report in this browser for a few minutes (sealed HttpOnly cookie). */
export async function openReportFromForm(formData: FormData, headers: Pick<Headers, "get">): Promise<TFollowUpState> {
  const receipt = formData.get("receipt");
  const client = intakeClient(headers);
  const { result } = await runPublic(ZReceiptInput, { receipt: typeof receipt === "string" ? receipt : undefined }, async (data) => {
    const { reportId } = await openReportByReceipt(data, client);
    await startFollowUp(reportId);
    return null;
  });
  // The receipt is never echoed back: a wrong one is typed again.
  return { result, values: {} };
}

export async function sendReporterMessageFromForm(formData: FormData, headers: Pick<Headers, "get">): Promise<TFollowUpState> {
  const body = formData.get("body");
  const input = { body: typeof body === "string" ? body : undefined };
  const client = intakeClient(headers);
  const { result } = await runPublic(ZReporterMessage, input, async (data) => {
    const reportId = await followUpReportId();
    if (!reportId) throw followUpExpired();
    await addReporterMessage(reportId, data, client);
    await startFollowUp(reportId); // a reporter who is writing keeps their access a little longer
    return null;
  });
  return { result, values: result.ok ? {} : { body: input.body } };
}

export async function leaveFollowUp(): Promise<void> {
  await endFollowUp();
}

/** The report open in this browser, for the /suivi page (null: ask for the receipt). */
export async function currentReporterView() {
  const reportId = await followUpReportId();
  return reportId ? getReportForReporter(reportId) : null;
}
