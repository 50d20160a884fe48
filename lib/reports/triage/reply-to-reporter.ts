import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit, type TChanges } from "@/lib/audit/record";
import { fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { createReportMessages } from "@/lib/reports/report-messages";
import { assertReportTransition } from "@/lib/reports/status";
import { loadTriageReport, reportConflict } from "@/lib/reports/triage/load";
import type { TReplyToReporter } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * A rep writes to the anonymous reporter, who reads it with their receipt (without the rep's name).
 * The text is encrypted; the message and the report's activity carry the day only. Asking for
 * information also moves the report to `needs_info` (a legal move from its status, or already there).
 * Invariant: the audit row names the message by id, never by its text.
 */
export const replyToReporter = actingFor(async function replyToReporter(actor: TCurrentUser, input: TReplyToReporter): Promise<{ messageId: string }> {
  const report = await loadTriageReport(actor, input.reportId);
  const moves = input.askForInformation && report.status !== "needs_info";
  if (moves) assertReportTransition(report.status, "needs_info");
  const today = fromCalendarDate(todayInParis());

  return prisma.$transaction(async (tx) => {
    const updated = await tx.memberReport.updateMany({
      // Only a status move needs the status the rep saw; a plain reply never conflicts.
      where: moves ? { id: report.id, status: report.status } : { id: report.id },
      data: { lastActivityOn: today, ...(moves ? { status: "needs_info" as const, closedOn: null } : {}) },
    });
    if (updated.count === 0) throw reportConflict();
    const [id] = await createReportMessages(tx, [{ reportId: report.id, unionId: report.unionId, kind: "rep", authorId: actor.id, body: input.body, sentOn: today }]);
    const messageId = id!.toString();
    const changes: TChanges = { repMessage: { before: null, after: messageId } };
    if (moves) changes.status = { before: report.status, after: "needs_info" };
    await recordAudit(tx, { actorId: actor.id, action: "report.reply", entityType: "report", entityId: report.id, changes });
    return { messageId };
  });
});
