import "server-only";

import type { z } from "zod";

import { randomBytes } from "node:crypto";

import { todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import type { TConcern, TTriState } from "@/lib/deployments/schemas";
import { AppError } from "@/lib/errors";
import type { TReportContent } from "@/lib/reports/content";
import { aad, decryptJson, decryptText, hashReceipt } from "@/lib/reports/crypto";
import { findSpooledReport, spool, spooledMessagesOf } from "@/lib/reports/intake-spool";
import {
  assertReceiptAttemptAllowed,
  consumeSubmission,
  recordReceiptFailure,
  type TIntakeClient,
  withHashSlot,
} from "@/lib/reports/intake-throttle";
import { reporterStatus, type TReporterStatus } from "@/lib/reports/reporter-status";
import type { ZReceiptInput, ZReporterMessage } from "@/lib/reports/schemas";

/**
 * The reporter's side of a report, reached with the receipt only (issue 4, point 3). One generic
 * answer for every wrong receipt; wrong receipts are throttled per client before any argon2 work. The
 * reporter sees their own text, a simplified status and the messages of kind reporter and rep, never
 * an internal note, never who wrote a rep message.
 */
export const wrongReceipt = () => new AppError("invalid", "reportForm.errors.wrongReceipt");
export const followUpExpired = () => new AppError("not_found", "reportForm.errors.followUpExpired");

/** The report a receipt opens, for the follow-up cookie. */
export async function openReportByReceipt(input: z.output<typeof ZReceiptInput>, client: TIntakeClient): Promise<{ reportId: string }> {
  await assertReceiptAttemptAllowed(client);
  const receiptHash = await withHashSlot(() => hashReceipt(input.receipt));
  const report =
    (await prisma.memberReport.findUnique({ where: { receiptHash }, select: { id: true } })) ??
    (await findSpooledReport({ receiptHash }));
  if (!report) {
    await recordReceiptFailure(client);
    throw wrongReceipt();
  }
  return { reportId: report.id };
}

/** `pending`: still in the intake spool, not yet seen by the union (lib/reports/intake-spool.ts). */
export type TReporterMessage = { id: string; from: "reporter" | "union"; body: string; sentOn: TCalendarDate; pending: boolean };

export type TReporterView = {
  /** Still in the intake spool: the union sees it when its batch is written (REPORT_BATCH_MINUTES). */
  pending: boolean;
  submittedOn: TCalendarDate;
  status: TReporterStatus;
  /** Whether the report names an employer the app knows (else the admins will assign it). */
  employerKnown: boolean;
  content: TReportContent;
  staffInformed: TTriState;
  concerns: TConcern[];
  messages: TReporterMessage[];
};

/** What the reporter may see of their report; null when it no longer exists (purged). */
export async function getReportForReporter(reportId: string): Promise<TReporterView | null> {
  const [report, waiting] = await Promise.all([
    prisma.memberReport.findUnique({
      where: { id: reportId },
      select: {
        submittedOn: true,
        status: true,
        employerId: true,
        content: true,
        staffInformed: true,
        concerns: true,
        // Never internal notes, never the author: only the kind tells "you" from "the union".
        messages: { where: { kind: { in: ["reporter", "rep"] } }, select: { id: true, kind: true, body: true, sentOn: true }, orderBy: { id: "asc" } },
      },
    }),
    spooledMessagesOf(reportId),
  ]);
  const pendingMessages: TReporterMessage[] = waiting
    .toSorted((a, b) => a.sentOn.localeCompare(b.sentOn))
    .map((message) => ({ id: `pending-${message.key}`, from: "reporter", body: message.body, sentOn: message.sentOn, pending: true }));
  if (!report) {
    const spooled = await findSpooledReport({ id: reportId });
    if (!spooled) return null;
    return {
      pending: true,
      submittedOn: spooled.submittedOn,
      status: reporterStatus("new"),
      employerKnown: spooled.employerId !== null,
      content: spooled.content,
      staffInformed: spooled.staffInformed,
      concerns: spooled.concerns,
      messages: pendingMessages,
    };
  }
  return {
    pending: false,
    submittedOn: toCalendarDate(report.submittedOn),
    status: reporterStatus(report.status),
    employerKnown: report.employerId !== null,
    content: decryptJson<TReportContent>(report.content, aad.reportContent(reportId)),
    staffInformed: report.staffInformed,
    concerns: report.concerns,
    messages: [
      ...report.messages.map((message): TReporterMessage => ({
        id: message.id.toString(),
        from: message.kind === "reporter" ? "reporter" : "union",
        body: decryptText(message.body, aad.messageBody(reportId, message.id)),
        sentOn: toCalendarDate(message.sentOn),
        pending: false,
      })),
      ...pendingMessages,
    ],
  };
}

/**
 * The reporter answers or adds information: a message of kind reporter, through the intake spool like
 * the report itself (its time must not be readable in the database either); the report's activity day
 * moves when the batch is written.
 */
export async function addReporterMessage(reportId: string, input: z.output<typeof ZReporterMessage>, client: TIntakeClient): Promise<void> {
  const exists =
    (await prisma.memberReport.count({ where: { id: reportId } })) > 0 || (await findSpooledReport({ id: reportId })) !== null;
  if (!exists) throw followUpExpired();
  await consumeSubmission(client);
  await spool({ kind: "message", key: randomBytes(16).toString("hex"), reportId, body: input.body, sentOn: todayInParis() });
}
