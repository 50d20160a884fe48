import "server-only";

import type { z } from "zod";

import { fromCalendarDate, todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import type { TConcern, TTriState } from "@/lib/deployments/schemas";
import { AppError } from "@/lib/errors";
import type { TReportContent } from "@/lib/reports/content";
import { decryptJson, decryptText, encryptText, hashReceipt } from "@/lib/reports/crypto";
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
  const report = await prisma.memberReport.findUnique({ where: { receiptHash }, select: { id: true } });
  if (!report) {
    await recordReceiptFailure(client);
    throw wrongReceipt();
  }
  return { reportId: report.id };
}

export type TReporterMessage = { id: string; from: "reporter" | "union"; body: string; sentOn: TCalendarDate };

export type TReporterView = {
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
  const report = await prisma.memberReport.findUnique({
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
  });
  if (!report) return null;
  return {
    submittedOn: toCalendarDate(report.submittedOn),
    status: reporterStatus(report.status),
    employerKnown: report.employerId !== null,
    content: decryptJson<TReportContent>(report.content),
    staffInformed: report.staffInformed,
    concerns: report.concerns,
    messages: report.messages.map((message) => ({
      id: message.id.toString(),
      from: message.kind === "reporter" ? "reporter" : "union",
      body: decryptText(message.body),
      sentOn: toCalendarDate(message.sentOn),
    })),
  };
}

/** The reporter answers or adds information: a message of kind reporter, and the report's activity day. */
export async function addReporterMessage(reportId: string, input: z.output<typeof ZReporterMessage>, client: TIntakeClient): Promise<void> {
  const exists = await prisma.memberReport.findUnique({ where: { id: reportId }, select: { id: true } });
  if (!exists) throw followUpExpired();
  await consumeSubmission(client);
  const today = fromCalendarDate(todayInParis());
  await prisma.$transaction([
    prisma.reportMessage.create({ data: { reportId, kind: "reporter", authorId: null, body: encryptText(input.body), sentOn: today }, select: { id: true } }),
    prisma.memberReport.update({ where: { id: reportId }, data: { lastActivityOn: today }, select: { id: true } }),
  ]);
}
