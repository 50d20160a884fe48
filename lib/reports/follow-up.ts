import "server-only";

import type { z } from "zod";

import { randomBytes } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import { todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { runInDbContext } from "@/lib/db-context";
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
import { headlineReporterStatus, reporterStatus, type TReporterStatus } from "@/lib/reports/reporter-status";
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
  // The reporter's context (row-level security, ADR 0037): the copies of this receipt's report only.
  const report =
    (await runInDbContext({ k: "reporter", h: receiptHash }, () =>
      prisma.memberReport.findFirst({ where: { receiptHash }, select: { id: true }, orderBy: { id: "asc" } }),
    )) ?? (await findSpooledReport({ receiptHash }));
  if (!report) {
    await recordReceiptFailure(client);
    throw wrongReceipt();
  }
  return { reportId: report.id };
}

/** `pending`: still in the intake spool, not yet seen by the union (lib/reports/intake-spool.ts). */
export type TReporterMessage = {
  id: string;
  from: "reporter" | "union";
  /** Which union answered (short name), for a message from a union. */
  unionName?: string;
  body: string;
  sentOn: TCalendarDate;
  pending: boolean;
};

/** A union reading the report (issue 15), and where it stands for the reporter. */
export type TReporterReader = { name: string; shortName: string; status: TReporterStatus };

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
  /** The unions reading the report (empty while it waits in the spool). */
  readers: TReporterReader[];
};

const THREAD_SELECT = {
  id: true,
  submittedOn: true,
  status: true,
  employerId: true,
  content: true,
  staffInformed: true,
  concerns: true,
  union: { select: { name: true, shortName: true } },
  // Never internal notes, never the author: only the kind tells "you" from "the union".
  messages: { where: { kind: { in: ["reporter", "rep"] } }, select: { id: true, kind: true, body: true, sentOn: true }, orderBy: { id: "asc" } },
} satisfies Prisma.MemberReportSelect;

/**
 * THE reporter's path into the database, without a session (issue 15, docs/decisions/0028): the copy
 * the follow-up cookie names, and every other union's copy of the same submission (same receipt hash).
 * Row-level security gives this function its own policy; nothing else may read reports without a
 * session. Returns [] when the named copy no longer exists (purged).
 */
export async function loadReporterThread(reportId: string) {
  // The reporter's context (ADR 0037): row-level security opens the copies sharing this report's
  // receipt, and their messages, and nothing else.
  return runInDbContext({ k: "reporter", r: reportId }, async () => {
    const named = await prisma.memberReport.findUnique({ where: { id: reportId }, select: { receiptHash: true } });
    if (!named) return [];
    const copies = await prisma.memberReport.findMany({ where: { receiptHash: named.receiptHash }, select: THREAD_SELECT, orderBy: { id: "asc" } });
    // The named copy first: its text and the reporter's messages are shown once, from it.
    return copies.toSorted((a, b) => Number(b.id === reportId) - Number(a.id === reportId));
  });
}

/** What the reporter may see of their report; null when it no longer exists (purged). */
export async function getReportForReporter(reportId: string): Promise<TReporterView | null> {
  const [copies, waiting] = await Promise.all([loadReporterThread(reportId), spooledMessagesOf(reportId)]);
  const report = copies[0];
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
      readers: [],
    };
  }
  const answers = copies.flatMap((copy) =>
    copy.messages
      .filter((message) => message.kind === "rep")
      .map((message): TReporterMessage => ({
        id: message.id.toString(),
        from: "union",
        unionName: copy.union.shortName,
        body: decryptText(message.body, aad.messageBody(copy.id, message.id)),
        sentOn: toCalendarDate(message.sentOn),
        pending: false,
      })),
  );
  const own = report.messages
    .filter((message) => message.kind === "reporter")
    .map((message): TReporterMessage => ({
      id: message.id.toString(),
      from: "reporter",
      body: decryptText(message.body, aad.messageBody(reportId, message.id)),
      sentOn: toCalendarDate(message.sentOn),
      pending: false,
    }));
  const readers = copies.map((copy) => ({ name: copy.union.name, shortName: copy.union.shortName, status: reporterStatus(copy.status) }));
  const settled = [...own, ...answers].toSorted((a, b) => a.sentOn.localeCompare(b.sentOn) || Number(BigInt(a.id) - BigInt(b.id)));
  return {
    pending: false,
    submittedOn: toCalendarDate(report.submittedOn),
    status: headlineReporterStatus(readers.map((reader) => reader.status)),
    employerKnown: report.employerId !== null,
    content: decryptJson<TReportContent>(report.content, aad.reportContent(reportId)),
    staffInformed: report.staffInformed,
    concerns: report.concerns,
    messages: [...settled, ...pendingMessages],
    readers,
  };
}

/**
 * The reporter answers or adds information: a message of kind reporter, through the intake spool like
 * the report itself (its time must not be readable in the database either); the report's activity day
 * moves when the batch is written.
 */
export async function addReporterMessage(reportId: string, input: z.output<typeof ZReporterMessage>, client: TIntakeClient): Promise<void> {
  const exists =
    (await runInDbContext({ k: "reporter", r: reportId }, () => prisma.memberReport.count({ where: { id: reportId } }))) > 0 ||
    (await findSpooledReport({ id: reportId })) !== null;
  if (!exists) throw followUpExpired();
  await consumeSubmission(client);
  await spool({ kind: "message", key: randomBytes(16).toString("hex"), reportId, body: input.body, sentOn: todayInParis() });
}
